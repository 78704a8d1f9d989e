import WerkbankCore

extension ReportWriter {
    /// The table as aligned columns for a terminal, its UTF-8 appended to `out`. Written as
    /// bytes, a cell at a time: building each line as a `String` and trimming it scalar by
    /// scalar was most of `fragments --format table` (decision 63).
    static func text(_ table: ReportTable, into out: inout [UInt8]) {
        let columnCount = table.columns.count
        // Each cell's width (its widest line), and whether it has several lines: a cell of
        // several lines (a memo) is drawn line by line, each in its column, since a line
        // break written into the row would start the next row at the left edge.
        var cellWidths: [Int] = []
        cellWidths.reserveCapacity((table.rows.count + 1) * columnCount)
        var widths = Array(repeating: 0, count: columnCount)
        var multiline = Array(repeating: false, count: table.rows.count + 1)
        func measure(_ cell: String, row: Int, column: Int) {
            var width = 0
            if hasLineBreak(cell) {
                multiline[row] = true
                for line in splitLines(cell) { width = max(width, displayWidth(line)) }
            } else {
                width = displayWidth(cell)
            }
            cellWidths.append(width)
            if column < columnCount { widths[column] = max(widths[column], width) }
        }
        for (column, title) in table.columns.map(\.title).enumerated() { measure(title, row: 0, column: column) }
        for (index, row) in table.rows.enumerated() {
            for (column, cell) in row.prefix(columnCount).enumerated() { measure(cell.display, row: index + 1, column: column) }
            for _ in row.count..<max(row.count, columnCount) { cellWidths.append(0) }
        }

        func pad(_ count: Int) {
            if count > 0 { out.append(contentsOf: repeatElement(0x20, count: count)) }
        }
        // One physical line: cells padded to their columns, trailing white space trimmed.
        func line(_ cells: (Int) -> (text: String, width: Int)) {
            let start = out.count
            for column in 0..<columnCount {
                if column > 0 { out.append(0x20); out.append(0x20) }
                let cell = cells(column)
                let padding = widths[column] - cell.width
                if table.columns[column].alignment == .right {
                    pad(padding)
                    append(cell.text, to: &out)
                } else {
                    append(cell.text, to: &out)
                    pad(padding)
                }
            }
            trimWhitespace(&out, from: start)
            out.append(0x0A)
        }
        func row(_ texts: [String], at index: Int) {
            let base = index * columnCount
            guard multiline[index] else {
                line { column in (column < texts.count ? texts[column] : "", cellWidths[base + column]) }
                return
            }
            let lines = (0..<columnCount).map { column in
                column < texts.count ? splitLines(texts[column]).map { ($0, displayWidth($0)) } : [("", 0)]
            }
            for number in 0..<max(1, lines.map(\.count).max() ?? 1) {
                line { column in number < lines[column].count ? lines[column][number] : ("", 0) }
            }
        }

        out.append(contentsOf: table.title.utf8)
        out.append(contentsOf: [0x0A, 0x0A])
        row(table.columns.map(\.title), at: 0)
        let bodyEnd = table.rows.count - table.totalRowCount
        for (index, cells) in table.rows.enumerated() {
            if index == bodyEnd, table.totalRowCount > 0 {
                let rule = widths.reduce(0, +) + 2 * (widths.count - 1)
                out.append(contentsOf: String(repeating: "─", count: rule).utf8)
                out.append(0x0A)
            }
            row(cells.map(\.display), at: index + 1)
        }
        if !table.footnotes.isEmpty {
            out.append(0x0A)
            out.append(contentsOf: table.footnotes.joined(separator: "\n").utf8)
            out.append(0x0A)
        }
    }

    /// Appends the UTF-8 of `text`, through its contiguous bytes: appending a short string's
    /// `utf8` went a byte at a time.
    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Whether `text` holds an LF or a CR.
    static func hasLineBreak(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 == 0x0A || $0 == 0x0D } }
    }

    /// Removes the white space (Unicode's White_Space, as `isWhitespace` tells) that ends
    /// `bytes`, looking no further back than `start`: walking back a scalar at a time, ASCII
    /// without decoding.
    static func trimWhitespace(_ bytes: inout [UInt8], from start: Int) {
        var end = bytes.count
        while end > start {
            let last = bytes[end - 1]
            if last < 0x80 {
                guard last == 0x20 || (0x09...0x0D).contains(last) else { break }
                end -= 1
                continue
            }
            var first = end - 1
            while first > start, bytes[first] & 0xC0 == 0x80 { first -= 1 }
            var decoder = UTF8()
            var iterator = bytes[first..<end].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.isWhitespace else { break }
            end = first
        }
        bytes.removeLast(bytes.count - end)
    }
}
