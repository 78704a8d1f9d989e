import Foundation

/// Whether stakeholders of a case recognise an element of the model (research question 1):
/// the judgement a researcher gives each case × element cell.
public enum RecognitionStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case herkend = "herkend"
    case deelsHerkend = "deels herkend"
    case nietHerkend = "niet herkend"
    case nietBesproken = "niet besproken"

    /// An English gloss for help texts and exports.
    public var gloss: String {
        switch self {
        case .herkend: "recognised"
        case .deelsHerkend: "partly recognised"
        case .nietHerkend: "not recognised"
        case .nietBesproken: "not discussed"
        }
    }

    /// The status named by `text`: the Dutch name with a space, hyphen or underscore between
    /// the words (`deels-herkend`), or the English gloss, in any case; `nil` for anything else.
    public init?(parsing text: String) {
        let words = text.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            .split(separator: " ").joined(separator: " ")
        guard let found = Self.allCases.first(where: { $0.rawValue == words || $0.gloss == words }) else { return nil }
        self = found
    }

    /// The accepted spellings, for error messages and help.
    public static var spellings: String {
        allCases.map { $0.rawValue.replacingOccurrences(of: " ", with: "-") }.joined(separator: ", ")
    }
}

/// One cell of the case × element grid, named by the case id (folder name) and the element's
/// short name. Cells are per top-level code: fragments of sub-codes roll up to their element
/// (decision 43).
public struct CellKey: Hashable, Sendable, Codable, Comparable {
    public var caseID: String
    public var element: String

    public init(caseID: String, element: String) {
        self.caseID = caseID
        self.element = element
    }

    public static func < (lhs: CellKey, rhs: CellKey) -> Bool {
        (lhs.caseID, lhs.element) < (rhs.caseID, rhs.element)
    }
}

/// The recognition judgement of one cell: the status with a one-line justification.
public struct RecognitionJudgement: Hashable, Sendable {
    public var cell: CellKey
    public var status: RecognitionStatus
    /// One line: why this status.
    public var why: String
    public var author: String
    /// When the judgement was last set; `nil` for one not yet stored.
    public var modified: Date?

    public init(cell: CellKey, status: RecognitionStatus, why: String, author: String, modified: Date? = nil) {
        self.cell = cell
        self.status = status
        self.why = why
        self.author = author
        self.modified = modified
    }
}
