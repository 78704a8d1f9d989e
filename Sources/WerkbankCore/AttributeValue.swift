import Foundation

/// A typed attribute value, checked against its definition (``AttributeDefinition/value(_:)``).
public enum AttributeValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    /// `YYYY-MM-DD`.
    case date(String)
    /// A value of the category's list, in its declared spelling.
    case category(String)

    /// The value as stored and shown: whole numbers without a decimal point (`3`, `2.5`).
    public var text: String {
        switch self {
        case .text(let text), .date(let text), .category(let text): text
        case .number(let number): Self.format(number)
        }
    }

    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

/// An attribute's value on one target.
public struct AttributeAssignment: Hashable, Sendable {
    public var attribute: String
    public var target: AttributeTarget
    public var value: AttributeValue

    public init(attribute: String, target: AttributeTarget, value: AttributeValue) {
        self.attribute = attribute
        self.target = target
        self.value = value
    }
}

extension Sequence<AttributeAssignment> {
    /// The values as text by their target's key (``AttributeTarget/key``), for values of one
    /// attribute (which is declared on one kind of target); the first where a key repeats.
    public var valueByTargetKey: [String: String] {
        Dictionary(map { ($0.target.key, $0.value.text) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A filter condition: the attribute `name` has the value `value` (`betrokkenheid=hoog`).
///
/// A fragment meets it when its speaker (a participant), its source or its case has that
/// value, whichever the attribute is declared on.
public struct AttributeCondition: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Reads `NAME=VALUE`; `nil` without a `=` or with an empty name.
    public init?(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = text[..<equals].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        self.init(name: name, value: text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces))
    }
}

/// Why an attribute declaration or value is refused.
public enum AttributeError: Error, Hashable, Sendable, CustomStringConvertible {
    case badDeclaration(name: String, reason: String)
    case badValue(attribute: String, value: String, expected: String)
    case unknownAttribute(String)
    /// No participant with that speaker id in that case (`case/speaker`).
    case unknownParticipant(String)
    /// The attribute is declared on another kind of target.
    case wrongTarget(attribute: String, declaredOn: AttributeTargetKind, target: AttributeTarget)

    public var description: String {
        switch self {
        case .badDeclaration(let name, let reason): "attribute `\(name)`: \(reason)"
        case .badValue(let attribute, let value, let expected): "attribute `\(attribute)`: `\(value)` is not \(expected)"
        case .unknownAttribute(let name): "no attribute `\(name)` is declared"
        case .unknownParticipant(let key): "no participant `\(key)` (a participant is named CASE/SPEAKER, e.g. zorg-2/S1)"
        case .wrongTarget(let attribute, let declaredOn, let target):
            "attribute `\(attribute)` is declared on \(declaredOn.rawValue)s, not on \(target.kind.rawValue) `\(target.key)`"
        }
    }
}
