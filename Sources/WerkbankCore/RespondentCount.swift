/// The number of respondents of one role in one case, as published.
///
/// `notPartOfCase` is the published `-`: the role took no part in that case. It is not zero and
/// is never shown as 0.
public enum RespondentCount: Hashable, Sendable {
    case notPartOfCase
    case count(Int, footnote: String? = nil)

    /// The number, or `nil` for `-`.
    public var value: Int? {
        if case .count(let value, _) = self { return value }
        return nil
    }

    /// The footnote mark attached to the count (`*`), if any.
    public var footnoteMark: String? {
        if case .count(_, let mark) = self { return mark }
        return nil
    }

    /// The cell as published: `-`, `7`, or `6 *`.
    public var display: String {
        switch self {
        case .notPartOfCase: "-"
        case .count(let value, nil): String(value)
        case .count(let value, let mark?): "\(value) \(mark)"
        }
    }
}

/// A footnote of the respondent table, such as `* 4 from last school year, …`.
public struct Footnote: Hashable, Sendable {
    public var mark: String
    public var text: String

    public init(mark: String, text: String) {
        self.mark = mark
        self.text = text
    }

    /// The footnote as published: mark, space, text.
    public var display: String { "\(mark) \(text)" }
}
