import Foundation
import WerkbankCore

/// Free memos as REFI-QDA notes (decision 50), beside the findings' notes of decision 44.
///
/// Each is a `<Note>` named by its title whose text is the memo's, so that other tools show
/// it. A memo on the project is referred to by the project's own `<NoteRef>`; one on a case
/// or code is joined to it by a `<Link>` (a case cannot refer to a note, and a code's
/// `<NoteRef>` is its own memo). The `<Description>` holds ``marker`` and a JSON record
/// (author, subject, reference, times) so that `import-qdpx` brings it back whole and tells
/// it from a case memo, a code memo and a finding.
enum RefiQDAFreeMemos {
    static let marker = "werkbank-memo:"

    struct Record: Codable, Hashable {
        /// Also the note's name; kept here because the reader keeps no names of notes.
        var title: String
        var author: String
        /// `project`, `case`, `element` or `literature`.
        var subject: String
        var key: String?
        var reference: LiteratureReference?
        /// Seconds since 1970.
        var created: Double?
        var modified: Double?
    }

    struct Note {
        var memo: FreeMemo
        var record: Record
        /// The case's or code's GUID to link it to.
        var target: UUID?
    }

    static func notes(_ memos: [FreeMemo]) -> [Note] {
        memos.map { memo in
            var record = Record(title: memo.title, author: memo.author, subject: memo.subject.kind, created: memo.created?.timeIntervalSince1970,
                                modified: memo.modified?.timeIntervalSince1970)
            var target: UUID?
            switch memo.subject {
            case .project: break
            case .case(let id):
                record.key = id
                target = RefiQDAWriter.caseGUID(id)
            case .element(let short):
                record.key = short
                target = RefiQDAWriter.codeGUID(short)
            case .literature(let reference): record.reference = reference
            }
            return Note(memo: memo, record: record, target: target)
        }
    }

    static func description(_ record: Record) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return marker + String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self)
    }

    /// Writes the notes into an open `<Notes>`.
    static func writeNotes(_ notes: [Note], into xml: inout RefiQDAXML) {
        for note in notes {
            let record = note.record
            xml.open("Note", [("guid", note.memo.id.refiGUID), ("name", note.memo.title),
                              ("creationDateTime", record.created.map { dateTime(Date(timeIntervalSince1970: $0)) }),
                              ("modifiedDateTime", record.modified.map { dateTime(Date(timeIntervalSince1970: $0)) })])
            xml.element("Description", text: description(record))
            xml.element("PlainTextContent", text: note.memo.text)
            xml.close("Note")
        }
    }

    /// Writes the links of memos on cases and codes into an open `<Links>`.
    static func writeLinks(_ notes: [Note], into xml: inout RefiQDAXML) {
        for note in notes {
            guard let target = note.target else { continue }
            xml.empty("Link", [("guid", UUID.stable(from: "link|\(note.memo.id.uuidString)|\(target.uuidString)").refiGUID),
                               ("name", "memo"), ("direction", "OneWay"), ("originGUID", note.memo.id.refiGUID),
                               ("targetGUID", target.refiGUID)])
        }
    }

    /// The project's `<NoteRef>`s, for memos on the project; written last in `<Project>`.
    static func writeProjectRefs(_ notes: [Note], into xml: inout RefiQDAXML) {
        for note in notes where note.memo.subject == .project {
            xml.empty("NoteRef", [("targetGUID", note.memo.id.refiGUID)])
        }
    }

    /// As the writer has it: `2024-03-14T09:30:00Z`.
    private static func dateTime(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// Whether a note's description marks it as one of Werkbank's records (a free memo or a
    /// finding), which is not a memo on what it links to.
    static func isRecord(_ description: String?) -> Bool {
        guard let description else { return false }
        return description.hasPrefix(marker) || description.hasPrefix(RefiQDASynthesis.marker)
    }

    /// The free memos in notes Werkbank wrote, in document order; other notes are left alone.
    /// `caseIDs` maps the case ids as written to the ids the import gives them.
    static func memos(order: [String], notes: [String: String], descriptions: [String: String], caseIDs: [String: String]) -> [FreeMemo] {
        let decoder = JSONDecoder()
        var memos: [FreeMemo] = []
        for guid in order {
            guard let description = descriptions[guid], description.hasPrefix(marker),
                  let id = UUID(uuidString: guid),
                  let record = try? decoder.decode(Record.self, from: Data(description.dropFirst(marker.count).utf8)) else { continue }
            let subject: FreeMemoSubject = switch record.subject {
            case "case": .case(record.key.map { caseIDs[$0] ?? $0 } ?? "")
            case "element": .element(record.key ?? "")
            case "literature": .literature(record.reference ?? LiteratureReference(author: "", year: "", title: ""))
            default: .project
            }
            memos.append(FreeMemo(id: id, title: record.title, text: notes[guid] ?? "", author: record.author, subject: subject,
                                  created: record.created.map(Date.init(timeIntervalSince1970:)),
                                  modified: record.modified.map(Date.init(timeIntervalSince1970:))))
        }
        return memos
    }
}
