import Foundation

/// What an attribute is declared on: every participant, every source or every case.
public enum AttributeTargetKind: String, CaseIterable, Hashable, Sendable, Codable {
    case participant
    case source
    case `case`
}

/// The type of an attribute's values.
public enum AttributeKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Any one line of text.
    case text
    /// A decimal number (`3`, `-1.5`).
    case number
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// One of a fixed list of values (`hoog|middel|laag`).
    case category
}

/// One thing an attribute is set on.
///
/// A participant is named by its case and speaker id (ids are case-wide); its key is
/// `case/speaker` (`zorg-2/S1`).
public enum AttributeTarget: Hashable, Sendable {
    case participant(caseID: String, speaker: String)
    case source(String)
    case `case`(String)

    public var kind: AttributeTargetKind {
        switch self {
        case .participant: .participant
        case .source: .source
        case .case: .case
        }
    }

    /// The case id, the source id, or `case/speaker` for a participant.
    public var key: String {
        switch self {
        case .participant(let caseID, let speaker): "\(caseID)/\(speaker)"
        case .source(let id), .case(let id): id
        }
    }

    /// The target of a kind with a key as ``key`` writes it; `nil` for a participant key
    /// without a `/`.
    public init?(kind: AttributeTargetKind, key: String) {
        switch kind {
        case .source: self = .source(key)
        case .case: self = .case(key)
        case .participant:
            guard let slash = key.firstIndex(of: "/") else { return nil }
            self = .participant(caseID: String(key[..<slash]), speaker: String(key[key.index(after: slash)...]))
        }
    }
}

/// A declared attribute: its name (unique in a study, compared without regard to case), what
/// it is set on, the type of its values and, for a category, the values allowed.
public struct AttributeDefinition: Hashable, Sendable, Identifiable {
    public var name: String
    public var target: AttributeTargetKind
    public var kind: AttributeKind
    /// The allowed values of a category, in order (they are the matrix's columns); empty for
    /// the other kinds.
    public var values: [String]
    public var description: String

    public var id: String { name.lowercased() }

    public init(name: String, target: AttributeTargetKind, kind: AttributeKind, values: [String] = [], description: String = "") {
        self.name = name
        self.target = target
        self.kind = kind
        self.values = values
        self.description = description
    }

    /// Checks the declaration itself: a one-line name without `=`, and for a category at
    /// least one value, each once (other kinds take no list).
    public func validated() throws(AttributeError) -> AttributeDefinition {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(where: { $0.isNewline || $0 == "=" }) else {
            throw .badDeclaration(name: self.name, reason: "a name is one line, not empty, without `=`")
        }
        var copy = self
        copy.name = name
        copy.values = values.map { $0.trimmingCharacters(in: .whitespaces) }
        switch kind {
        case .category:
            guard !copy.values.isEmpty else { throw .badDeclaration(name: name, reason: "a category needs a list of values") }
            var seen: Set<String> = []
            for value in copy.values {
                guard !value.isEmpty, !value.contains(where: \.isNewline) else {
                    throw .badDeclaration(name: name, reason: "a category value is one line, not empty")
                }
                guard seen.insert(value.lowercased()).inserted else {
                    throw .badDeclaration(name: name, reason: "the value `\(value)` is listed twice")
                }
            }
        case .text, .number, .date:
            guard copy.values.isEmpty else {
                throw .badDeclaration(name: name, reason: "only a category has a list of values (this is \(kind.rawValue))")
            }
        }
        return copy
    }

    /// The value as the attribute's type reads `text`: a category value in its declared
    /// spelling (matched without regard to case), a number, a date.
    public func value(_ text: String) throws(AttributeError) -> AttributeValue {
        let text = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .text:
            guard !text.isEmpty, !text.contains(where: \.isNewline) else { throw .badValue(attribute: name, value: text, expected: "one line of text") }
            return .text(text)
        case .number:
            guard let number = Self.number(text) else { throw .badValue(attribute: name, value: text, expected: "a number such as 3 or 2.5") }
            return .number(number)
        case .date:
            guard Self.isDate(text) else { throw .badValue(attribute: name, value: text, expected: "a date YYYY-MM-DD") }
            return .date(text)
        case .category:
            guard let value = values.first(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else {
                throw .badValue(attribute: name, value: text, expected: "one of \(values.joined(separator: "|"))")
            }
            return .category(value)
        }
    }

    /// The list of values as the case-folder format and reports write it: `hoog|middel|laag`.
    public var valueList: String { values.joined(separator: "|") }

    static func number(_ text: String) -> Double? {
        // Digits with an optional sign and decimal point only: `Double("nan")`, `1e3` and
        // `0x10` are numbers to Swift but not to a researcher filling in a form.
        guard text.range(of: #"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$"#, options: .regularExpression) != nil else { return nil }
        return Double(text)
    }

    static func isDate(_ text: String) -> Bool {
        guard text.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil else { return false }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = calendar.date(from: components) else { return false }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == parts[0] && back.month == parts[1] && back.day == parts[2]
    }
}
