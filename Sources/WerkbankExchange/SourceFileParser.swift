import WerkbankCore

/// Splits a source file into its TOML header and its text, and finds the speaker turns.
struct SourceFileParser {
    /// The header between the `+++` lines, and the text after the closing one.
    struct Parts {
        var header: String
        /// The line of the file on which the header starts.
        var headerLine: Int
        var text: String
        /// The line of the file on which the text starts.
        var textLine: Int
    }

    static let delimiter = "+++"

    static func split(_ file: String, name: String) throws(LoadProblem) -> Parts {
        let lines = file.scalarLines
        guard let first = lines.first, first.trimmingTrailingCR == delimiter else {
            throw LoadProblem(file: name, line: 1, message: "must start with a `+++` line that opens the TOML header")
        }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingCR == delimiter }) else {
            throw LoadProblem(file: name, line: 1, message: "the header opened on line 1 is never closed by a `+++` line")
        }
        let header = lines[1..<closing].map { String($0.trimmingTrailingCR) }.joined(separator: "\n")
        let text = lines[(closing + 1)...].map(String.init).joined(separator: "\n")
        return Parts(header: header, headerLine: 2, text: text, textLine: closing + 2)
    }

    /// The speaker turns of a text. A turn starts on a line `ID: …` and runs to the next one;
    /// its range starts after the label and ends at the end of its last non-blank line.
    /// Lines that look like a label of an undeclared speaker are reported.
    static func turns(in text: String, speakers: Set<String>, name: String, firstLine: Int) -> (turns: [Turn], problems: [LoadProblem]) {
        var turns: [Turn] = []
        var problems: [LoadProblem] = []
        var open: (speaker: String, start: Int)?
        var lastContentEnd = 0
        var offset = 0
        for (number, line) in text.scalarLines.enumerated() {
            let lineScalars = line.count
            if let label = label(of: line) {
                if speakers.contains(label) {
                    if let current = open {
                        turns.append(Turn(speaker: current.speaker, range: ScalarRange(start: current.start, end: max(current.start, lastContentEnd))))
                    }
                    let start = offset + label.unicodeScalars.count + 2
                    open = (label, start)
                    lastContentEnd = start
                } else {
                    problems.append(LoadProblem(file: name, line: firstLine + number,
                        message: "speaker `\(label)` is not declared in the header (interviewers or participant)"))
                }
            }
            let content = line.trimmingTrailingCR
            if !content.allSatisfy(\.properties.isWhitespace) {
                let trailing = content.reversed().prefix { $0.properties.isWhitespace }.count
                lastContentEnd = offset + content.count - trailing
            }
            offset += lineScalars + 1
        }
        if let current = open {
            turns.append(Turn(speaker: current.speaker, range: ScalarRange(start: current.start, end: max(current.start, lastContentEnd))))
        }
        return (turns, problems)
    }

    /// `S1` for a line `S1: …`: one to three capitals, up to three digits, a colon and a space.
    static func label(of line: Substring.UnicodeScalarView) -> String? {
        let scalars = Array(line.prefix(9))
        var index = 0
        while index < scalars.count, index < 3, ("A"..."Z").contains(scalars[index]) { index += 1 }
        guard index > 0 else { return nil }
        let lettersEnd = index
        while index < scalars.count, index < lettersEnd + 3, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index + 1 < scalars.count, scalars[index] == ":", scalars[index + 1] == " " else { return nil }
        return String(String.UnicodeScalarView(scalars[..<index]))
    }
}

extension String {
    /// The lines of the text split at line feeds only, so that a `\r` stays at the end of its
    /// line (as a `Character`, `\r\n` would not split).
    var scalarLines: [Substring.UnicodeScalarView] {
        unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    }
}

extension Substring.UnicodeScalarView {
    var trimmingTrailingCR: Substring.UnicodeScalarView { last == "\r" ? dropLast() : self }

    static func == (lhs: Substring.UnicodeScalarView, rhs: String) -> Bool {
        lhs.elementsEqual(rhs.unicodeScalars)
    }
}
