/// A one-line text being edited: the text and a cursor, with readline's basic keys.
public struct TextInput: Hashable, Sendable {
    /// The text.
    public var text: String
    /// The cursor, in `Character`s from the start: 0 is before the first, `text.count` after
    /// the last.
    public var cursor: Int

    /// Creates an input holding `text` with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Edits the text for `key` and returns whether the key was used.
    ///
    /// Printable characters insert at the cursor; Backspace and Delete remove the character
    /// before or after it; ← → move it; Home or Ctrl-A and End or Ctrl-E go to the start or
    /// end; Ctrl-U removes everything before the cursor, Ctrl-K everything after it, and
    /// Ctrl-W the word before it. Other keys (Enter, Esc, …) are left to the caller.
    public mutating func handle(_ key: Key) -> Bool {
        cursor = min(max(0, cursor), text.count)
        switch key {
        case .character(let character):
            guard Self.isPrintable(character) else { return false }
            text.insert(character, at: index(cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<index(cursor))
            cursor = 0
        case .control("k"):
            text.removeSubrange(index(cursor)...)
        case .control("w"):
            var start = cursor
            let characters = Array(text)
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            text.removeSubrange(index(start)..<index(cursor))
            cursor = start
        default:
            return false
        }
        return true
    }

    /// The text before the cursor.
    public var textBeforeCursor: Substring {
        text[..<index(min(max(0, cursor), text.count))]
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    private static func isPrintable(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        if character.isNewline { return false }
        switch first.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return false
        default: return true
        }
    }
}
