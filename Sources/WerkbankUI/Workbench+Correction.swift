import Foundation
import TerminalKit
import WerkbankCore
import WerkbankStore

extension Workbench {
    /// The words each coding needing review had, by coding.
    static func reviews(_ marked: [(coding: Coding, quoteBefore: String)]) -> [UUID: String] {
        Dictionary(marked.map { ($0.coding.id, $0.quoteBefore) }, uniquingKeysWith: { first, _ in first })
    }

    /// `E` in the reader: the source's text in the user's editor, with the screen handed to it
    /// meanwhile; the saved text is applied as one undoable correction (decision 58) and the
    /// reader shows the new text with its codings moved.
    func correctText(of id: String) throws -> [EffectResult] {
        guard let editText, let parseTranscript else { return [.failed(Text.messageEditUnavailable.string(state.language))] }
        let text = try project.text(ofSource: id)
        var edited: Result<(text: String, file: URL?), Error> = .failure(CancellationError())
        let body = { edited = Result { try editText(text, "\(id).txt") } }
        if let terminal {
            terminal.runOutside(body)
            redrawRequested = true
        } else {
            body()
        }
        let (newText, file) = try edited.get()
        guard newText != text else {
            file.map(ExternalEditor.discard)
            return [.textUnchanged]
        }
        let report: CorrectionReport
        do {
            report = try project.correctSource(id, to: newText, parse: parseTranscript)
        } catch {
            // Nothing is lost: the user's corrected text stays in its file, and the message says where.
            guard let file else { throw error }
            return [.failed(Text.messageEditKept.string(state.language, "\(error)", file.path))]
        }
        file.map(ExternalEditor.discard)
        _ = try perform(.loadSource(id: id))
        return try reloadAfterEdit() + [.corrected(summary: report.summary)]
    }
}
