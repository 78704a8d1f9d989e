import Foundation

/// One memo of any kind as a list of all memos shows it: on a coding, a source, a case or a
/// code, or a free memo, with what it belongs to.
public struct MemoEntry: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case coding, source, `case`, code, free
    }

    public var kind: Kind
    /// A free memo's title; empty for the others.
    public let title: String
    public let text: String
    /// Title and text folded for ``MemoFilter``'s words, worked out once: a list of thousands
    /// of memos is filtered on every frame.
    let searchText: String
    /// A free memo's author or a coding's coder; `nil` where the project does not know it.
    public var author: String?
    /// What it belongs to, for a reader: `Revalidatie 1`, `LOS`, `project`, a citation.
    public var belongsTo: String
    /// The code it is linked to: a coding's code, a code memo's code, a free memo's element.
    public var code: String?
    /// The top-level element of ``code`` (itself when it is one).
    public var element: String?
    public var caseID: String?
    public var sourceID: String?
    /// The coding (kind `coding`) and its range.
    public var codingID: UUID?
    public var range: ScalarRange?
    /// The free memo (kind `free`).
    public var memoID: UUID?
    public var modified: Date?

    public init(kind: Kind, title: String, text: String, author: String? = nil, belongsTo: String, code: String? = nil,
                element: String? = nil, caseID: String? = nil, sourceID: String? = nil, codingID: UUID? = nil,
                range: ScalarRange? = nil, memoID: UUID? = nil, modified: Date? = nil) {
        self.kind = kind
        self.title = title
        self.text = text
        searchText = MemoFilter.fold(title + "\n" + text)
        self.author = author
        self.belongsTo = belongsTo
        self.code = code
        self.element = element ?? code
        self.caseID = caseID
        self.sourceID = sourceID
        self.codingID = codingID
        self.range = range
        self.memoID = memoID
        self.modified = modified
    }

    /// The title, or for a memo without one the first line of its text.
    public var heading: String {
        if !title.isEmpty { return title }
        // Its first line that is not empty, without splitting the rest into lines.
        return String(text.drop(while: \.isNewline).prefix { !$0.isNewline })
    }
}

/// Which memos a list shows: every condition set must hold.
public struct MemoFilter: Hashable, Sendable {
    public var kinds: Set<MemoEntry.Kind>
    public var author: String?
    /// A code or element: memos linked to it or to one of its sub-codes.
    public var code: String?
    /// Words that must all occur in the title or text, case and accents aside.
    public var search: String

    public init(kinds: Set<MemoEntry.Kind> = [], author: String? = nil, code: String? = nil, search: String = "") {
        self.kinds = kinds
        self.author = author
        self.code = code
        self.search = search
    }

    public var isEmpty: Bool { kinds.isEmpty && author == nil && code == nil && search.isEmpty }

    public func matches(_ entry: MemoEntry) -> Bool {
        matches(entry, words: foldedWords, code: code.map(Self.fold), author: author.map(Self.fold))
    }

    public func apply(_ entries: [MemoEntry]) -> [MemoEntry] {
        let words = foldedWords
        let (code, author) = (code.map(Self.fold), author.map(Self.fold))
        return entries.filter { matches($0, words: words, code: code, author: author) }
    }

    private var foldedWords: [String] { search.split(whereSeparator: \.isWhitespace).map { Self.fold(String($0)) } }

    private func matches(_ entry: MemoEntry, words: [String], code: String?, author: String?) -> Bool {
        if !kinds.isEmpty, !kinds.contains(entry.kind) { return false }
        if let author, Self.fold(entry.author ?? "") != author { return false }
        if let code, ![entry.code, entry.element].contains(where: { $0.map(Self.fold) == code }) { return false }
        return words.allSatisfy(entry.searchText.contains)
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
