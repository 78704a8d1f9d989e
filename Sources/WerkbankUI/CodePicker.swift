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
        /// Code the marked hits of a search (how many); the unit is asked next.
        case autocode(hits: Int)
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
    /// or diacritics: first a code whose short name is what was typed (`lea` is LeA, not LOS,
    /// whose name holds "lea" too), then short names that start with it, then the rest, each
    /// in codebook order.
    public func matches(in codebook: Codebook) -> [Code] {
        let typed = Self.fold(input.text.components(separatedBy: "#")[0]).trimmingCharacters(in: .whitespaces)
        let words = typed.split(separator: " ")
        let found = codebook.codes.filter { code in
            let haystack = Self.fold("\(code.short) \(code.name) \(code.gloss)")
            return words.allSatisfy { haystack.contains($0) }
        }
        func rank(_ code: Code) -> Int {
            let short = Self.fold(code.short)
            return short == typed ? 0 : short.hasPrefix(typed) ? 1 : 2
        }
        return found.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
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
