import CSV
import Foundation

/// The table of a survey tool's CSV export: a header row of questions, then one row per
/// respondent (decision 59).
///
/// Read as Dutch tools write it: UTF-8 with or without a byte-order mark, else (bytes that are
/// not UTF-8) Windows-1252 as older tools save it; `;`, `,` or tab between fields, whichever
/// the header row has most of outside quotes. Fields are parsed by CSV.swift's reader (RFC 4180
/// quoting: `"` doubled inside quotes, line breaks inside quoted fields).
public struct SurveyTable: Hashable, Sendable {
    /// The column headers, trimmed.
    public var header: [String]
    /// The respondents' rows, each as long as the header.
    public var rows: [[String]]
    /// The line of the file each row starts on (1 is the header).
    public var lines: [Int]
    /// The field separator found: `;`, `,` or a tab.
    public var delimiter: Character
    /// How the bytes were read: `UTF-8`, `UTF-8 with BOM` or `cp1252`.
    public var encoding: String

    public init(header: [String], rows: [[String]], lines: [Int], delimiter: Character, encoding: String) {
        self.header = header
        self.rows = rows
        self.lines = lines
        self.delimiter = delimiter
        self.encoding = encoding
    }

    /// Reads a file; errors name it by `name`, with the line where one is known.
    public static func read(_ url: URL, as name: String? = nil) throws(LoadProblem) -> (table: SurveyTable, data: Data) {
        let name = name ?? url.lastPathComponent
        try TextFile.checkRegularFile(url, as: name, wanted: "a CSV file")
        let data = try TextFile.bytes(of: url, as: name)
        return (try parse(data, as: name), data)
    }

    /// Parses the bytes of an export.
    public static func parse(_ data: Data, as name: String) throws(LoadProblem) -> SurveyTable {
        let (text, encoding) = try decode(data, as: name)
        guard text.contains(where: { !$0.isWhitespace }) else { throw LoadProblem(file: name, message: "is empty") }
        if text.unicodeScalars.count(where: { $0 == "\"" }) % 2 == 1 {
            throw LoadProblem(file: name, line: unclosedQuoteLine(text), message: "a quoted field is not closed (a `\"` is missing)")
        }
        let delimiter = sniffDelimiter(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, delimiter: delimiter.unicodeScalars.first!)
        } catch {
            throw LoadProblem(file: name, message: "cannot be read as CSV (\(error))")
        }
        var header: [String]?
        var rows: [[String]] = []
        var lines: [Int] = []
        var line = 1
        while let row = reader.next() {
            let rowLine = line
            // Line ends are `\n` by now (decode): count bytes, not characters.
            line += 1 + row.reduce(0) { $0 + $1.utf8.count(where: { $0 == 0x0A }) }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let columns = header else {
                header = row.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                continue
            }
            guard row.count == columns.count else {
                throw LoadProblem(file: name, line: rowLine, message: """
                    has \(row.count) field\(row.count == 1 ? "" : "s") where the header has \(columns.count) \
                    (separator `\(delimiter == "\t" ? "tab" : String(delimiter))`)
                    """)
            }
            rows.append(row)
            lines.append(rowLine)
        }
        guard let header else { throw LoadProblem(file: name, message: "is empty") }
        guard !rows.isEmpty else { throw LoadProblem(file: name, line: 1, message: "has a header but no respondents") }
        return SurveyTable(header: header, rows: rows, lines: lines, delimiter: delimiter, encoding: encoding)
    }

    /// UTF-8 (a BOM dropped), else Windows-1252; line ends made `\n`.
    static func decode(_ data: Data, as name: String) throws(LoadProblem) -> (String, String) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw LoadProblem(file: name, message: "is UTF-16; export it as UTF-8 (or save it as CSV UTF-8)")
        }
        if let nul = data.firstIndex(of: 0) {
            throw LoadProblem(file: name, message: "is a binary file, not CSV (NUL byte at byte \(nul - data.startIndex + 1))")
        }
        var bytes = data
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { bytes.removeFirst(3) }
        let text: String
        let encoding: String
        if let utf8 = String(data: bytes, encoding: .utf8) {
            (text, encoding) = (utf8, bom ? "UTF-8 with BOM" : "UTF-8")
        } else if let legacy = String(data: bytes, encoding: .windowsCP1252) {
            (text, encoding) = (legacy, "cp1252")
        } else {
            throw LoadProblem(file: name, message: "is neither UTF-8 nor Windows-1252 text")
        }
        return (LineEnds.normalised(text), encoding)
    }

    /// The separator of the header line: the one of `;`, tab and `,` it holds most of outside
    /// quotes; `;` on a tie, as Dutch spreadsheets write (their decimal comma is taken).
    static func sniffDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, "\t": 0, ",": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if !quoted, character == "\n" { break }
            if !quoted, counts[character] != nil { counts[character]! += 1 }
        }
        return [";", "\t", ","].max { counts[$0]! < counts[$1]! } ?? ";"
    }

    /// The line on which the last `"` that opens a quoted field stands.
    private static func unclosedQuoteLine(_ text: String) -> Int {
        var line = 1, quoted = false, openedAt = 1
        for character in text {
            if character == "\"" {
                quoted.toggle()
                if quoted { openedAt = line }
            } else if character == "\n" {
                line += 1
            }
        }
        return openedAt
    }
}
