import Foundation
import TerminalKit
import WerkbankCore

extension AppState {
    /// `:import FILE [--case NAME] [--kind KIND] [--date YYYY-MM-DD] [--encoding latin1|cp1252]`:
    /// reads the file (an effect) and, when it reads, opens the import dialog. The file name may
    /// hold spaces; options start at ` --`. The case defaults to the one being viewed.
    mutating func importCommand(_ argument: String, data: WorkbenchData) -> [Effect] {
        guard !readOnly else { return reduce(.importTranscript, data: data) }
        let parts = argument.split(separator: /\s+--(?=[a-z])/, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var path = parts.first ?? ""
        if path.count >= 2, let first = path.first, first == path.last, first == "\"" || first == "'" {
            path = String(path.dropFirst().dropLast())
        }
        guard !path.isEmpty else { return usage() }
        let pathExtension = (path as NSString).pathExtension.lowercased()
        // A survey export needs its columns told apart, which the dialog cannot show yet.
        if pathExtension == "csv" { return refuse(.messageImportSurvey, (path as NSString).lastPathComponent) }
        var request = ImportRequest(path: path, caseID: data.cases.indices.contains(caseIndex) ? data.cases[caseIndex].id : "")
        if pathExtension == "pdf" { request.kind = .document }
        for option in parts.dropFirst() {
            let pieces = option.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "=" })
            guard pieces.count == 2 else { return usage() }
            let value = pieces[1].trimmingCharacters(in: .whitespaces)
            switch pieces[0].lowercased() {
            case "case":
                do throws(NameError) { request.caseID = try names(data).case(value).id } catch {
                    message = StatusMessage(text: nameMessage(error, unknown: .messageNoSuchCase), isError: true)
                    return []
                }
            case "kind":
                guard let kind = SourceKind(rawValue: value.lowercased()) else { return refuse(.messageNoSuchKind, value) }
                request.kind = kind
            case "date":
                guard value.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { return refuse(.messageBadDate, value) }
                request.date = value
            case "encoding":
                request.encoding = value.lowercased()
            default:
                return usage()
            }
        }
        guard data.cases.contains(where: { $0.id == request.caseID }) else { return refuse(.messageNoSuchCase, request.caseID) }
        return [.readTranscript(request)]
    }

    private mutating func usage() -> [Effect] {
        message = StatusMessage(text: text(.messageImportUsage), isError: true)
        return []
    }

    private mutating func refuse(_ key: Text, _ argument: String) -> [Effect] {
        message = StatusMessage(text: key.string(language, argument), isError: true)
        return []
    }

    /// Opens the import dialog on a file that was read.
    public mutating func openImport(_ read: ReadTranscript, fileName: String, request: ImportRequest, data: WorkbenchData) {
        importPreview = ImportPreview(fileName: fileName, read: read, request: request, roles: data.study.roles)
        go(to: .importer)
    }

    /// Closes the import dialog without importing.
    mutating func cancelImport() {
        importPreview = nil
        history.removeAll { $0 == .importer }
        screen = history.popLast() ?? .cases
        message = StatusMessage(text: text(.messageImportCancelled), isError: false)
    }

    /// After an import was committed: back from the dialog, then the case's Sources tab with the
    /// new source chosen.
    public mutating func finishImport(_ source: Source, fileName: String, data: WorkbenchData) {
        importPreview = nil
        history.removeAll { $0 == .importer }
        screen = history.popLast() ?? .cases
        if let index = data.cases.firstIndex(where: { $0.id == source.caseID }) {
            caseIndex = index
            var cases = list(.cases)
            cases.select(index, count: data.cases.count, visibleRows: pageSize)
            lists[.cases] = cases
            studyCase.tab = .sources
            go(to: .studyCase)
            let sources = data.sourcesByCase[source.caseID] ?? []
            var list = ListState()
            list.select(sources.firstIndex { $0.id == source.id } ?? 0, count: sources.count, visibleRows: pageSize)
            lists[.sources] = list
        }
        let caseName = data.cases.first { $0.id == source.caseID }?.name ?? source.caseID
        message = StatusMessage(text: Text.messageImported.string(language, fileName, source.id, caseName, String(source.turns.count),
                                                                  String(source.participants.count)), isError: false)
    }

    /// The ids of participants the case already has, for suggesting new ones.
    func participantIDs(inCase caseID: String, data: WorkbenchData) -> [String] {
        (data.sourcesByCase[caseID] ?? []).flatMap(\.participants)
    }

    /// Actions on the import dialog.
    mutating func reduceImport(_ action: Action, data: WorkbenchData) -> [Effect] {
        guard var preview = importPreview else { return [] }
        var effects: [Effect] = []
        switch action {
        case .moveUp: preview.move(by: -1)
        case .moveDown: preview.move(by: 1)
        case .pageUp, .top: preview.move(by: -1_000_000)
        case .pageDown, .bottom: preview.move(by: 1_000_000)
        case .importNext, .importPrevious:
            cycle(&preview, by: action == .importNext ? 1 : -1, data: data)
        case .importEditID:
            startEditing(&preview)
        case .open:
            switch preview.currentRow {
            case .speaker, .sourceID: startEditing(&preview)
            case .studyCase, .kind: cycle(&preview, by: 1, data: data)
            case .importButton: effects = confirmImport(&preview, data: data)
            }
        case .back, .quit:
            cancelImport()
            return []
        default:
            return []
        }
        importPreview = preview
        return effects
    }

    private func cycle(_ preview: inout ImportPreview, by delta: Int, data: WorkbenchData) {
        preview.cycle(by: delta, cases: data.cases, roles: data.study.roles) { caseID in participantIDs(inCase: caseID, data: data) }
    }

    private func startEditing(_ preview: inout ImportPreview) {
        switch preview.currentRow {
        case .speaker(let index): preview.editing = TextInput(preview.speakers[index].id)
        case .sourceID: preview.editing = TextInput(preview.sourceID)
        default: break
        }
    }

    /// Checks the dialog and asks for the import: every speaker mapped, a free source id.
    private mutating func confirmImport(_ preview: inout ImportPreview, data: WorkbenchData) -> [Effect] {
        let unmapped = preview.unmapped
        if let first = unmapped.first, let index = preview.speakers.firstIndex(where: { $0.label == first }) {
            preview.select(.speaker(index))
            message = StatusMessage(text: Text.messageUnmappedSpeakers.string(language, unmapped.joined(separator: ", ")), isError: true)
            return []
        }
        guard !preview.sourceID.isEmpty else {
            preview.select(.sourceID)
            message = StatusMessage(text: text(.messageSourceIDEmpty), isError: true)
            return []
        }
        if data.sourcesByCase.values.contains(where: { $0.contains { $0.id == preview.sourceID } }) {
            preview.select(.sourceID)
            message = StatusMessage(text: Text.messageSourceIDTaken.string(language, preview.sourceID), isError: true)
            return []
        }
        do {
            return [.importSource(try preview.source(roles: data.study.roles), checksum: preview.checksum, fileName: preview.fileName)]
        } catch {
            message = StatusMessage(text: Text.messageImportFailed.string(language, "\(preview.fileName): \(error)"), isError: true)
            return []
        }
    }

    /// Keys while an id is typed in the import dialog: Enter keeps it, Esc drops the change.
    mutating func handleImportEditKey(_ key: Key, data: WorkbenchData) -> [Effect] {
        guard var preview = importPreview, var input = preview.editing else { return [] }
        switch key {
        case .enter:
            preview.commitEdit(roles: data.study.roles)
        case .escape, .control("c"):
            preview.editing = nil
        default:
            _ = input.handle(key)
            preview.editing = input
        }
        importPreview = preview
        return []
    }
}
