import WerkbankCore

/// Where the words of a source's text are (runs of scalars that are not white space), so
/// that the status bar can count the words of a selection without walking its text: a frame
/// inside a turn of 4,000 words counted them afresh, a third of the frame's time.
struct SourceWords {
    private var starts: [Int] = []
    private var ends: [Int] = []

    init(text: String) {
        var offset = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            // ASCII without a look-up of Unicode properties: the whole text is scanned when a
            // source opens, and the look-up took longer than laying the text out.
            let space = scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if !space && !inWord { starts.append(offset) }
            if space && inWord { ends.append(offset) }
            inWord = !space
            offset += 1
        }
        if inWord { ends.append(offset) }
    }

    /// The words that `range` holds whole or in part, as splitting its text at white space
    /// counts them.
    func count(in range: ScalarRange) -> Int {
        guard range.start < range.end else { return 0 }
        let after = Self.firstIndex(in: starts) { $0 > range.start }
        let before = Self.firstIndex(in: starts) { $0 >= range.end }
        var count = max(0, before - after)
        // The word the range starts in (or at).
        if after > 0, ends[after - 1] > range.start { count += 1 }
        return count
    }

    /// The first index whose element satisfies `condition` (which holds from some index on).
    private static func firstIndex(in values: [Int], where condition: (Int) -> Bool) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if condition(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
