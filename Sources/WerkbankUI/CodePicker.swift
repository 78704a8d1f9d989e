import Foundation
import TerminalKit
import WerkbankCore

/// The code picker: type to filter every code of the codebook (all groups, sub-codes too),
/// Enter to choose. Tab on a code starts a new sub-code under it: type its short name (and
/// optionally `#rrggbb`), Enter makes it and codes the selection with it.
public struct CodePicker: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// Code the reader's selection.
        case code(ScalarRange)
        /// Move a coding to another code.
        case recode(UUID)
    }

    public var purpose: Purpose
    public var input = TextInput()
    public var selected = 0
    /// While naming a new sub-code: its parent (Tab on the chosen code starts this step).
    public var newUnder: String?

    public init(purpose: Purpose) {
        self.purpose = purpose
    }

    /// The codes whose short name or name contains every typed word, without regard to case
    /// or diacritics; codebook order.
    public func matches(in codebook: Codebook) -> [Code] {
        let words = Self.fold(input.text.components(separatedBy: "#")[0]).split(separator: " ")
        return codebook.codes.filter { code in
            let haystack = Self.fold("\(code.short) \(code.name) \(code.gloss)")
            return words.allSatisfy { haystack.contains($0) }
        }
    }

    /// The sub-code to make from the typed text: a short name and, after `#`, a colour.
    public func newSubcode(under parent: Code) -> (short: String, colour: RGBColour)? {
        let parts = input.text.split(separator: "#", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let short = parts.first, !short.isEmpty, !short.contains(" ") else { return nil }
        let colour = parts.count > 1 ? RGBColour(hex: parts[1]) : nil
        return (short, colour ?? parent.colour)
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
