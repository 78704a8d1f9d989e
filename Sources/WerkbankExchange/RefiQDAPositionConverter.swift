import WerkbankCore

/// Converts REFI positions (code points, or UTF-16 code units for NVivo) to scalar offsets.
struct PositionConverter {
    /// For UTF-16: the scalar offset at each UTF-16 offset that starts a scalar, `-1` inside one.
    private let utf16ToScalar: [Int]
    private let scalarCount: Int
    private let utf16: Bool

    init(text: String, utf16: Bool) {
        self.utf16 = utf16
        scalarCount = text.unicodeScalars.count
        if utf16 {
            var table: [Int] = []
            table.reserveCapacity(text.utf16.count + 1)
            var index = 0
            for scalar in text.unicodeScalars {
                table.append(index)
                if scalar.value > 0xFFFF { table.append(-1) }
                index += 1
            }
            table.append(index)
            utf16ToScalar = table
        } else {
            utf16ToScalar = []
        }
    }

    func range(start: Int, end: Int) -> ScalarRange? {
        guard start >= 0, start <= end else { return nil }
        if !utf16 {
            guard end <= scalarCount else { return nil }
            return ScalarRange(start: start, end: end)
        }
        guard end < utf16ToScalar.count else { return nil }
        let lower = utf16ToScalar[start], upper = utf16ToScalar[end]
        guard lower >= 0, upper >= 0 else { return nil }
        return ScalarRange(start: lower, end: upper)
    }
}

extension PositionConverter {
    /// The scalar range of a selection's positions in a source named `sourceName`, or the
    /// problem to report (`selection GUID in 'NAME': …`): positions missing, reversed, outside
    /// the text or inside a character. The whole-file and the streamed reader say the same.
    func range(of selection: RefiQDADocument.Selection, in sourceName: String) -> Result<ScalarRange, SelectionProblem> {
        let label = selection.label(in: sourceName)
        guard let start = selection.start.flatMap({ Int($0) }), let end = selection.end.flatMap({ Int($0) }) else {
            return .failure(SelectionProblem(text: "\(label): positions missing or not numbers"))
        }
        guard start <= end else { return .failure(SelectionProblem(text: "\(label): reversed range \(start)..\(end)")) }
        guard let range = range(start: start, end: end) else {
            return .failure(SelectionProblem(text: "\(label): range \(start)..\(end) outside the text or inside a character"))
        }
        return .success(range)
    }
}

/// Why a selection of a `.qdpx` has no range in its source.
struct SelectionProblem: Error {
    var text: String
}

extension RefiQDADocument.Selection {
    /// `selection GUID in 'NAME'`: how problems with it are named.
    func label(in sourceName: String) -> String { "selection \(guid) in '\(sourceName)'" }
}
