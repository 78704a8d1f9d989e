import TerminalKit
import WerkbankCore

/// A source's text laid out in rows of a given width: each row knows the stretch of text
/// (in scalars) it shows, so that codings and the selection can be drawn beside and on it.
struct SourceLayout: Sendable {
    struct Row: Sendable {
        /// The stretch of the source's text on this row.
        var range: ScalarRange
        var text: String
        /// Columns at the start of the row that are a speaker label (`S1: `), if any.
        var labelWidth: Int
        var speaker: String?
    }

    let width: Int
    let rows: [Row]

    /// Wraps every line of `source`'s text at spaces to `width` columns.
    init(source: Source, width: Int) {
        self.width = width
        var rows: [Row] = []
        var offset = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineText = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            let label = Self.speakerLabel(lineText, speakers: Set(source.interviewers + source.participants.map(\.id)))
            rows += Self.wrap(lineText, from: offset, width: max(1, width), label: label)
            offset += line.unicodeScalars.count + 1
        }
        self.rows = rows
    }

    /// The rows that show any part of `range`.
    func rows(overlapping range: ScalarRange) -> ClosedRange<Int>? {
        guard let first = rows.firstIndex(where: { Self.touches($0.range, range) }),
              let last = rows.lastIndex(where: { Self.touches($0.range, range) }) else { return nil }
        return first...last
    }

    /// Whether a row shows part of a range; an empty row counts when the range spans it.
    static func touches(_ row: ScalarRange, _ range: ScalarRange) -> Bool {
        row.isEmpty ? range.start <= row.start && row.start < range.end : row.overlaps(range)
    }

    private static func speakerLabel(_ line: String, speakers: Set<String>) -> (speaker: String, width: Int)? {
        guard let colon = line.firstIndex(of: ":"), line[colon...].hasPrefix(": ") else { return nil }
        let name = String(line[..<colon])
        return speakers.contains(name) ? (name, DisplayWidth.of(name) + 2) : nil
    }

    private static func wrap(_ line: String, from start: Int, width: Int, label: (speaker: String, width: Int)?) -> [Row] {
        guard !line.isEmpty else { return [Row(range: ScalarRange(start: start, end: start), text: "", labelWidth: 0)] }
        var rows: [Row] = []
        var rowText = ""
        var rowStart = start
        var rowWidth = 0
        var offset = start
        // The last space of the row: where to break, and what follows it.
        var breakAt: (text: String.Index, offset: Int, width: Int)?
        for character in line {
            let columns = DisplayWidth.of(character)
            if rowWidth + columns > width, !rowText.isEmpty {
                if let point = breakAt, point.offset > rowStart {
                    let rest = String(rowText[point.text...])
                    rows.append(Row(range: ScalarRange(start: rowStart, end: point.offset), text: String(rowText[..<point.text]), labelWidth: 0))
                    rowText = rest
                    rowStart = point.offset
                    rowWidth -= point.width
                } else {
                    rows.append(Row(range: ScalarRange(start: rowStart, end: offset), text: rowText, labelWidth: 0))
                    rowText = ""
                    rowStart = offset
                    rowWidth = 0
                }
                breakAt = nil
            }
            rowText.append(character)
            rowWidth += columns
            offset += character.unicodeScalars.count
            if character == " " { breakAt = (rowText.endIndex, offset, rowWidth) }
        }
        rows.append(Row(range: ScalarRange(start: rowStart, end: offset), text: rowText, labelWidth: 0))
        if let label {
            rows[0].labelWidth = min(label.width, DisplayWidth.of(rows[0].text))
            rows[0].speaker = label.speaker
        }
        return rows
    }
}
