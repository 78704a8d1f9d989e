import Foundation
import WerkbankCore

/// What one column of a survey export becomes (decision 59).
public struct SurveyColumn: Hashable, Sendable {
    public enum Use: Hashable, Sendable {
        /// The respondent's id: the participant.
        case id
        /// The respondent's role (`--role-column`), by name or gloss.
        case role
        /// A closed question: a participant attribute of this kind (a category's values in
        /// order of first appearance).
        case closed(AttributeKind, values: [String])
        /// An open question: codable text under the question as heading.
        case open
        /// Left out: no answers at all.
        case empty
    }

    /// The column's position in the file.
    public var index: Int
    /// The header as written: the question.
    public var header: String
    public var use: Use
    /// Why the heuristic chose this use, or `told` for `--open`/`--closed`.
    public var reason: String

    public init(index: Int, header: String, use: Use, reason: String) {
        self.index = index
        self.header = header
        self.use = use
        self.reason = reason
    }

    /// The attribute name of a closed column: the header on one line, without `=`.
    public var attributeName: String {
        header.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "=", with: "-")
            .trimmingCharacters(in: .whitespaces)
    }

    /// `number`, `category (ja|nee)`, `open question`, `id`, `(empty)`.
    public var useDescription: String {
        switch use {
        case .id: "respondent id"
        case .role: "respondent role"
        case .open: "open question → text"
        case .empty: "(no answers; left out)"
        case .closed(let kind, let values):
            kind == .category ? "attribute, category (\(values.joined(separator: "|")))" : "attribute, \(kind.rawValue)"
        }
    }

    // MARK: Telling closed from open

    /// At most this many distinct answers make a category; more short answers are text.
    public static let maximumCategoryValues = 12
    /// Answers of more words than this (or longer, or over several lines) are free text.
    public static let maximumClosedWords = 3
    static let maximumClosedLength = 40

    /// The use of a column from its answers: all numbers (a decimal comma allowed) → number,
    /// all dates → date, short answers (≤ 3 words, one line) → category when few distinct
    /// ones, else text; anything longer → an open question. `told` (`--open`, `--closed`)
    /// decides open or closed; the type is still found from the answers.
    public static func classify(index: Int, header: String, answers: [String], told: Bool? = nil) -> SurveyColumn {
        let given = answers.map { SurveyColumn.trimmed($0) }.filter { !$0.isEmpty }
        guard !given.isEmpty else { return SurveyColumn(index: index, header: header, use: .empty, reason: "no answers") }
        if told == false { return SurveyColumn(index: index, header: header, use: .open, reason: "--open") }
        let reasonPrefix = told == true ? "--closed; " : ""
        if given.allSatisfy({ number($0) != nil }) {
            return SurveyColumn(index: index, header: header, use: .closed(.number, values: []), reason: reasonPrefix + "all numbers")
        }
        if given.allSatisfy({ date($0) != nil }) {
            return SurveyColumn(index: index, header: header, use: .closed(.date, values: []), reason: reasonPrefix + "all dates")
        }
        let short = given.allSatisfy { answer in
            // A long answer is told by its bytes before its characters are counted.
            answer.utf8.count <= 4 * maximumClosedLength && !answer.contains(where: \.isNewline) && answer.count <= maximumClosedLength
                && answer.split(whereSeparator: \.isWhitespace).count <= maximumClosedWords
        }
        // Distinct answers without regard to case, in order of first appearance; counted in a
        // set, since an open question has as many as respondents.
        var distinct: [String] = []
        var seen: Set<String> = []
        if told == true || short {
            for answer in given where seen.insert(answer.lowercased()).inserted { distinct.append(answer) }
        }
        let oneLine = !given.contains { $0.contains(where: \.isNewline) }
        if told == true || short {
            if oneLine, distinct.count <= maximumCategoryValues {
                return SurveyColumn(index: index, header: header, use: .closed(.category, values: distinct),
                                    reason: reasonPrefix + "\(distinct.count) distinct short answer\(distinct.count == 1 ? "" : "s")")
            }
            // Text is one line: answers over several lines are joined (``value(_:)``).
            return SurveyColumn(index: index, header: header, use: .closed(.text, values: []),
                                reason: reasonPrefix + "\(distinct.count) distinct answers")
        }
        let longest = given.map(wordCount).max() ?? 0
        return SurveyColumn(index: index, header: header, use: .open, reason: "free text, up to \(longest) words")
    }

    /// The attribute value of an answer as the column's kind stores it: a number with a point
    /// (`3,5` → `3.5`), a date as `YYYY-MM-DD`; `nil` for no answer.
    public func value(_ answer: String) -> String? {
        let answer = SurveyColumn.trimmed(answer)
        guard !answer.isEmpty else { return nil }
        switch use {
        case .closed(.number, _): return Self.number(answer) ?? answer
        case .closed(.date, _): return Self.date(answer) ?? answer
        case .closed(.text, _): return answer.split(whereSeparator: \.isNewline).joined(separator: " ")
        default: return answer
        }
    }

    /// A number as written in a Dutch or English export (`3`, `-2,5`, `2.5`), with a point.
    /// Checked by hand: a regex literal is parsed again at every use, which cost more than the
    /// rest of planning a survey of 2,000 respondents.
    static func number(_ text: String) -> String? {
        var digits = Substring(text)
        if let first = digits.first, first == "+" || first == "-" { digits = digits.dropFirst() }
        let parts = digits.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard (1...2).contains(parts.count), parts.allSatisfy(isDigits) else { return nil }
        return text.replacingOccurrences(of: ",", with: ".")
    }

    /// A date as survey tools write it: `2024-03-14` (a time after it dropped), `14-03-2024`
    /// or `14/03/2024` (day first, as in Dutch); `YYYY-MM-DD`, or `nil`.
    static func date(_ text: String) -> String? {
        var day = Substring(text)
        if let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }) {
            let time = text[text.index(after: cut)...].split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(time.count), time.allSatisfy(isDigits), (1...2).contains(time[0].count),
                  time.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
            day = text[..<cut]
        }
        let pieces = day.split(omittingEmptySubsequences: false, whereSeparator: { "-/.".contains($0) })
        guard pieces.count == 3, pieces.allSatisfy(isDigits) else { return nil }
        func two(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        let candidate: String
        if pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2, !day.contains("/"), !day.contains(".") {
            candidate = "\(pieces[0])-\(pieces[1])-\(pieces[2])"
        } else if pieces[2].count == 4, (1...2).contains(pieces[0].count), (1...2).contains(pieces[1].count) {
            candidate = "\(pieces[2])-\(two(pieces[1]))-\(two(pieces[0]))"
        } else {
            return nil
        }
        guard (try? AttributeDefinition(name: "d", target: .participant, kind: .date).value(candidate)) != nil else { return nil }
        return candidate
    }

    /// The answer without white space (line ends too) around it. Foundation's trimming
    /// went through UTF-16 for every answer, a third of planning a large survey.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Words as runs between ASCII white space, counted over the bytes (for the preview).
    private static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
