import Foundation
import WerkbankCore

/// A search over the texts of the project's sources: a query with filters.
///
/// A query is words (each must occur; diacritics and case do not matter, `coordinator` finds
/// `coördinator`), `"phrases in quotes"`, prefixes (`samenwerk*`), `NEAR(word word, 10)` (the
/// words within 10 words of each other; 10 when no distance is given), and the operators `OR`
/// and `NOT` in capitals. In `regex` mode the query is a regular expression over each source's
/// text, case-insensitive, matched on whole characters.
public struct TextSearch: Hashable, Sendable {
    public var query: String
    public var regex: Bool
    /// Case ids (folder names); empty: every case.
    public var caseIDs: [String]
    /// Respondent roles of the speaker of the turn a hit lies in; empty: any speaker.
    public var roles: [String]
    public var kinds: [SourceKind]
    /// Attribute conditions (`--where`), all of which must hold for a hit's speaker, source
    /// or case (see ``AttributeMatcher``).
    public var attributes: [AttributeCondition] = []

    public init(_ query: String, regex: Bool = false, caseIDs: [String] = [], roles: [String] = [], kinds: [SourceKind] = []) {
        self.query = query
        self.regex = regex
        self.caseIDs = caseIDs
        self.roles = roles
        self.kinds = kinds
    }

    /// The query as an FTS5 expression: words and phrases quoted (so that FTS5 syntax inside
    /// them is taken literally), `*` kept after a word, `NEAR(…)`, `OR` and `NOT` kept.
    public func ftsExpression() throws(SearchQueryError) -> String {
        var parts: [String] = []
        var scalars = Array(query.unicodeScalars)[...]
        func word() -> String {
            var word = ""
            while let next = scalars.first, !next.properties.isWhitespace, !"\"(),".unicodeScalars.contains(next) {
                word.unicodeScalars.append(scalars.removeFirst())
            }
            return word
        }
        func phrase(at position: Int) throws(SearchQueryError) -> String {
            scalars.removeFirst()
            var text = ""
            while let next = scalars.first, next != "\"" { text.unicodeScalars.append(scalars.removeFirst()) }
            guard scalars.popFirst() != nil else { throw SearchQueryError(query: query, position: position, problem: "a phrase is not closed with \"") }
            return "\"\(text)\"" + (scalars.first == "*" ? String(scalars.removeFirst()) : "")
        }
        func quoted(_ word: String) -> String? {
            let bare = word.filter { $0 != "*" }
            guard !bare.isEmpty else { return nil }
            return "\"\(bare)\"" + (word.hasSuffix("*") ? "*" : "")
        }
        while let next = scalars.first {
            let position = query.unicodeScalars.count - scalars.count
            if next.properties.isWhitespace { scalars.removeFirst(); continue }
            if next == "\"" { parts.append(try phrase(at: position)); continue }
            if "(),".unicodeScalars.contains(next) {
                throw SearchQueryError(query: query, position: position, problem: "'\(next)' only belongs in NEAR(word word, N)")
            }
            let text = word()
            if ["OR", "NOT", "AND"].contains(text) {
                guard !parts.isEmpty, parts.last.map({ !["OR", "NOT", "AND"].contains($0) }) ?? false else {
                    throw SearchQueryError(query: query, position: position, problem: "\(text) needs a word before it")
                }
                parts.append(text)
            } else if text == "NEAR", scalars.first == "(" {
                scalars.removeFirst()
                var inner: [String] = []
                var distance = "10"
                while true {
                    while let space = scalars.first, space.properties.isWhitespace { scalars.removeFirst() }
                    guard let next = scalars.first else {
                        throw SearchQueryError(query: query, position: position, problem: "NEAR( is not closed with )")
                    }
                    if next == ")" { scalars.removeFirst(); break }
                    if next == "\"" { inner.append(try phrase(at: query.unicodeScalars.count - scalars.count)); continue }
                    if next == "," {
                        scalars.removeFirst()
                        while let space = scalars.first, space.properties.isWhitespace { scalars.removeFirst() }
                        let number = word()
                        guard let value = Int(number), value >= 0 else {
                            throw SearchQueryError(query: query, position: position, problem: "NEAR's distance must be a number of words")
                        }
                        distance = String(value)
                        continue
                    }
                    if let item = quoted(word()) { inner.append(item) } else { scalars.removeFirst() }
                }
                guard inner.count >= 2 else {
                    throw SearchQueryError(query: query, position: position, problem: "NEAR needs at least two words")
                }
                parts.append("NEAR(\(inner.joined(separator: " ")), \(distance))")
            } else if let item = quoted(text) {
                parts.append(item)
            }
        }
        if let last = parts.last, ["OR", "NOT", "AND"].contains(last) {
            throw SearchQueryError(query: query, position: query.unicodeScalars.count, problem: "\(last) needs a word after it")
        }
        return parts.joined(separator: " ")
    }
}

/// A search query that cannot be read; `position` counts Unicode scalars from 0.
public struct SearchQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var query: String
    public var position: Int
    public var problem: String

    public var description: String { "search '\(query)', at character \(position + 1): \(problem)" }
}

/// A hit as keyword in context: where it is, who speaks, and the words around it.
public struct TextHit: Hashable, Sendable {
    public var caseID: String
    public var caseName: String
    public var sourceID: String
    public var sourceTitle: String
    public var speaker: String?
    public var role: String?
    /// The hit, in Unicode scalars of the source's text, widened to whole characters.
    public var range: ScalarRange
    /// The turn (or paragraph) the hit lies in.
    public var passage: ScalarRange
    /// Up to the asked number of words before the hit in its passage, on one line.
    public var before: String
    public var match: String
    public var after: String
}

/// How many hits a search has in one case.
public struct SearchCaseCount: Hashable, Sendable {
    public var caseID: String
    public var caseName: String
    public var hits: Int

    public init(caseID: String, caseName: String, hits: Int) {
        (self.caseID, self.caseName, self.hits) = (caseID, caseName, hits)
    }
}
