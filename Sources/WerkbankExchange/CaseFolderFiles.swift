import Foundation
import TOMLKit

// The shapes of the case-folder files (docs/FILE-FORMATS.md), decoded strictly so that a
// misspelt field is reported rather than ignored.

struct StudyFile: Decodable {
    struct TableLabels: Decodable {
        var title: String?
        var corner: String
        var total_column: String
        var total_row: String
    }
    struct RoleEntry: Decodable {
        var name: String
        var gloss: String
        var prefix: String
    }
    struct CoderEntry: Decodable {
        var name: String
        var description: String?
    }
    struct CharacteristicEntry: Decodable {
        var text: String
    }

    var title: String
    var source: String?
    var research_questions: [String]?
    var respondent_table: TableLabels
    var role: [RoleEntry]
    var coder: [CoderEntry]?
    var characteristic: [CharacteristicEntry]?
    var attribute: [AttributeEntry]?
}

struct CodebookFile: Decodable {
    struct Group: Decodable {
        var id: String
        var name: String
        var gloss: String
        var description: String?
        var code: [CodeEntry]?
    }
    struct CodeEntry: Decodable {
        var short: String
        var name: String
        var gloss: String
        var description: String?
        var colour: String
        var parent: String?
        var detail: Detail?
    }
    struct Detail: Decodable {
        var wat: [String]
        var doel: [String]
        var benodigdheden: [String]
    }

    var group: [Group]
}

struct CaseFile: Decodable {
    struct FootnoteEntry: Decodable {
        var mark: String
        var text: String
    }

    var number: Int
    var name: String
    var table_label: String
    var sector: String
    var institutions: [String]
    var description: String
    var respondents: [String: RespondentEntry]
    var footnote: [FootnoteEntry]?
    /// Values on the case.
    var attributes: AttributeTable?
    /// Values on the case's participants, by speaker id.
    var participant_attributes: [String: AttributeTable]?
}

/// A respondent cell: a number, `"-"`, or `{ count = 6, footnote = "*" }`.
struct RespondentEntry: Decodable {
    var count: Int?
    var footnote: String?

    private enum Keys: String, CodingKey { case count, footnote }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if let value = try? container.decode(Int.self) {
                count = value
                return
            }
            if let text = try? container.decode(String.self) {
                guard text == "-" else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                        debugDescription: "expected a number, \"-\" or { count = N, footnote = \"*\" }, found \"\(text)\""))
                }
                return
            }
        }
        let table = try decoder.container(keyedBy: Keys.self)
        count = try table.decode(Int.self, forKey: .count)
        footnote = try table.decodeIfPresent(String.self, forKey: .footnote)
    }
}

struct SourceHeader: Decodable {
    struct ParticipantEntry: Decodable {
        var id: String
        var role: String
        var description: String?
    }

    var title: String
    var kind: String
    /// The date as written: a TOML date (`2023-03-14`) or a string.
    var date: String?
    var interviewers: [String]?
    var participant: [ParticipantEntry]?
    /// Values on the source.
    var attributes: AttributeTable?

    private enum Keys: String, CodingKey { case title, kind, date, interviewers, participant, attributes }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        title = try container.decode(String.self, forKey: .title)
        kind = try container.decode(String.self, forKey: .kind)
        // TOMLKit decodes a TOML date only when asked for `TOMLDate` on a keyed container.
        if let date = try? container.decodeIfPresent(TOMLDate.self, forKey: .date) {
            self.date = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        } else {
            date = try container.decodeIfPresent(String.self, forKey: .date)
        }
        interviewers = try container.decodeIfPresent([String].self, forKey: .interviewers)
        participant = try container.decodeIfPresent([ParticipantEntry].self, forKey: .participant)
        attributes = try container.decodeIfPresent(AttributeTable.self, forKey: .attributes)
    }
}

struct CodingsFile: Decodable {
    struct Entry: Decodable {
        var source: String
        var code: String
        var coder: String
        var start: Int
        var end: Int
        var quote: String
        var memo: String?
    }

    var coding: [Entry]?
}

struct EvidenceEntry: Decodable {
    var source: String
    var code: String
    var coder: String
    var start: Int
    var end: Int
}

struct FindingsFile: Decodable {
    struct JudgementEntry: Decodable {
        var element: String
        var status: String
        var why: String
        var author: String
    }
    struct FindingEntry: Decodable {
        var element: String
        var text: String
        var author: String
        var role: String?
        var evidence: [EvidenceEntry]?
    }

    var judgement: [JudgementEntry]?
    var finding: [FindingEntry]?
}

struct ConclusionsFile: Decodable {
    struct CellEntry: Decodable {
        var `case`: String
        var element: String
    }
    struct ConclusionEntry: Decodable {
        var text: String
        var author: String
        var cells: [CellEntry]?
        var evidence: [EvidenceEntry]?
    }

    var conclusion: [ConclusionEntry]?
}
