import Foundation
import TerminalKit
import WerkbankCore

/// A small multi-line editor for memos: cursor keys, Enter for a new line, Backspace and
/// Delete, Home/End; wide characters count as one character for the cursor. The memo is
/// saved when the editor is left with Esc; Ctrl-C leaves without saving.
public struct MemoEditor: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case coding(UUID)
        case memo(MemoTarget)
        /// A new finding in a cell of the synthesis grid, or a finding being edited.
        case newFinding(CellKey, author: String)
        case finding(UUID)
        /// A new free memo, or one being edited: the first line is its title.
        case newFreeMemo(FreeMemoSubject, author: String)
        case freeMemo(UUID)
    }

    public var target: Target
    public var title: String
    public private(set) var lines: [String]
    public private(set) var row = 0
    /// The cursor's position in the row, in characters.
    public private(set) var column = 0

    public init(target: Target, title: String, text: String) {
        self.target = target
        self.title = title
        lines = text.isEmpty ? [""] : text.components(separatedBy: "\n")
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Edits for one key; false for keys the editor does not use.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            var line = Array(lines[row])
            line.insert(character, at: column)
            lines[row] = String(line)
            column += 1
        case .enter:
            let line = Array(lines[row])
            lines[row] = String(line[..<column])
            lines.insert(String(line[column...]), at: row + 1)
            row += 1
            column = 0
        case .backspace:
            if column > 0 {
                var line = Array(lines[row])
                line.remove(at: column - 1)
                lines[row] = String(line)
                column -= 1
            } else if row > 0 {
                column = lines[row - 1].count
                lines[row - 1] += lines.remove(at: row)
                row -= 1
            }
        case .delete:
            if column < lines[row].count {
                var line = Array(lines[row])
                line.remove(at: column)
                lines[row] = String(line)
            } else if row + 1 < lines.count {
                lines[row] += lines.remove(at: row + 1)
            }
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .up:
            if row > 0 { row -= 1; column = min(column, lines[row].count) }
        case .down:
            if row + 1 < lines.count { row += 1; column = min(column, lines[row].count) }
        case .home: column = 0
        case .end: column = lines[row].count
        default: return false
        }
        return true
    }
}
