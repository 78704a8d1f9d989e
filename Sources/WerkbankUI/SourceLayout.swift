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

        /// The columns of this row that show `range`, if it shows any of it: counted as the
        /// row is drawn, by display width, so a selection is marked to the character.
        func columns(of range: ScalarRange) -> Range<Int>? {
            let start = max(range.start, self.range.start), end = min(range.end, self.range.end)
            guard start < end else { return nil }
            var column = 0, offset = self.range.start
            var first: Int?
            var counter = EmojiLayout.ScalarColumns()
            for scalar in text.unicodeScalars {
                if offset == start { first = column }
                if offset == end { break }
                column += counter.columns(of: scalar)
                offset += 1
            }
            return first.map { $0..<max($0 + 1, column) }
        }
    }

    let width: Int
    let rows: [Row]

    /// Wraps every line of `source`'s text at spaces to `width` columns.
    init(source: Source, width: Int) {
        self.width = width
        var rows: [Row] = []
        var offset = 0
        let speakers = Set(source.interviewers + source.participants.map(\.id))
        var page = 1
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineText = line.hasSuffix("\r") ? line.dropLast() : line
            if lineText.unicodeScalars.contains(Source.pageBreak) {
                // A page break (decision 59) is drawn as a rule naming the page that begins; a
                // form feed sent to the terminal would clear it.
                if lineText.unicodeScalars.elementsEqual([Source.pageBreak]) {
                    page += 1
                    rows.append(Row(range: ScalarRange(start: offset, end: offset + 1),
                                    text: "── \(Source.pageLabel(page)) ──", labelWidth: 0))
                } else {
                    page += lineText.unicodeScalars.count { $0 == Source.pageBreak }
                    let shown = String(String.UnicodeScalarView(lineText.unicodeScalars.map { $0 == Source.pageBreak ? " " : $0 }))
                    rows += Self.wrap(shown[...], from: offset, width: max(1, width), label: nil)
                }
                offset += line.unicodeScalars.count + 1
                continue
            }
            let label = Self.speakerLabel(lineText, speakers: speakers)
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

    private static func speakerLabel(_ line: Substring, speakers: Set<String>) -> (speaker: String, width: Int)? {
        guard let colon = line.prefix(8).firstIndex(of: ":"), line[colon...].hasPrefix(": ") else { return nil }
        let name = String(line[..<colon])
        return speakers.contains(name) ? (name, DisplayWidth.of(name) + 2) : nil
    }

    /// Greedy wrapping at spaces. It walks Unicode scalars (a combining mark is 0 columns wide,
    /// so a row never ends before one) and cuts rows from the line by index: a 50,000-word
    /// transcript is laid out in one pass when it is opened.
    private static func wrap(_ line: Substring, from start: Int, width: Int, label: (speaker: String, width: Int)?) -> [Row] {
        guard !line.isEmpty else { return [Row(range: ScalarRange(start: start, end: start), text: "", labelWidth: 0)] }
        let scalars = line.unicodeScalars
        var rows: [Row] = []
        var rowStart = scalars.startIndex
        var rowOffset = start
        var rowWidth = 0
        var offset = start
        // The last space of the row: the index after it, its offset and the row's width there.
        var breakAt: (index: Substring.UnicodeScalarView.Index, offset: Int, width: Int)?
        var index = scalars.startIndex
        // Scalars of an emoji sequence count as the terminal draws the sequence (👍🏽: 2 or 4).
        var counter = EmojiLayout.ScalarColumns()
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let columns = counter.columns(of: scalar)
            if columns > 0, rowWidth + columns > width, index > rowStart {
                if let point = breakAt, point.index > rowStart {
                    rows.append(Row(range: ScalarRange(start: rowOffset, end: point.offset),
                                    text: String(scalars[rowStart..<point.index]), labelWidth: 0))
                    rowStart = point.index
                    rowOffset = point.offset
                    rowWidth -= point.width
                } else {
                    rows.append(Row(range: ScalarRange(start: rowOffset, end: offset), text: String(scalars[rowStart..<index]), labelWidth: 0))
                    rowStart = index
                    rowOffset = offset
                    rowWidth = 0
                }
                breakAt = nil
            }
            rowWidth += columns
            offset += 1
            index = scalars.index(after: index)
            if scalar == " " { breakAt = (index, offset, rowWidth) }
        }
        rows.append(Row(range: ScalarRange(start: rowOffset, end: offset), text: String(scalars[rowStart...]), labelWidth: 0))
        if let label {
            rows[0].labelWidth = min(label.width, DisplayWidth.of(rows[0].text))
            rows[0].speaker = label.speaker
        }
        return rows
    }
}
