import Foundation
import TOMLKit

/// An `[[attribute]]` declaration of study.toml.
struct AttributeEntry: Decodable {
    var name: String
    /// `participant`, `source` or `case`.
    var on: String
    /// `text`, `number`, `date` or `category`.
    var kind: String
    var values: [String]?
    var description: String?
}

/// An `[attributes]` table: attribute name = value, each value as written (a string, a
/// number, a date or a boolean), read as text to be checked against the declaration.
struct AttributeTable: Decodable {
    var entries: [(name: String, value: String)]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: TOMLFieldKey.self)
        entries = try container.allKeys.map { key in
            // TOMLKit decodes a TOML date only when asked for `TOMLDate` on a keyed container.
            if let date = try? container.decode(TOMLDate.self, forKey: key) {
                return (key.stringValue, String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
            }
            if let text = try? container.decode(String.self, forKey: key) { return (key.stringValue, text) }
            if let number = try? container.decode(Int.self, forKey: key) { return (key.stringValue, String(number)) }
            if let number = try? container.decode(Double.self, forKey: key) { return (key.stringValue, String(number)) }
            if let flag = try? container.decode(Bool.self, forKey: key) { return (key.stringValue, flag ? "true" : "false") }
            throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + [key],
                debugDescription: "expected a string, number, date or boolean as the attribute's value"))
        }.sorted { $0.0 < $1.0 }
    }
}
