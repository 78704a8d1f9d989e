import Foundation
#if canImport(Glibc)
import Glibc
#endif
import WerkbankCore

/// The encodings a transcript may be converted from besides UTF-8.
public enum TranscriptEncoding: String, CaseIterable, Sendable {
    case latin1
    case cp1252

    var foundation: String.Encoding {
        switch self {
        case .latin1: .isoLatin1
        case .cp1252: .windowsCP1252
        }
    }
}

/// The file formats a transcript can be imported from.
public enum TranscriptFormat: String, CaseIterable, Sendable {
    case txt, md, vtt, srt, docx
    /// A PDF's text layer, through `pdftotext` (``PDFText``): a document without speaker turns.
    case pdf

    public init?(pathExtension: String) {
        let lowered = pathExtension.lowercased()
        if lowered == "markdown" { self = .md; return }
        self.init(rawValue: lowered)
    }
}

/// Reads transcripts from `.txt`, `.md`, `.vtt`, `.srt` and `.docx` files. Pure: nothing is stored.
///
/// Text and Markdown files are stored as written (line ends normalised to `\n`, a BOM removed);
/// a line starting with a label (`Naam:`, `**Naam:**`, `[Naam]`) opens a turn, which starts
/// after the label and runs to the next labelled line, without trailing blank lines.
/// Subtitles (`.vtt`, `.srt`) keep only the cue text: one paragraph per cue (consecutive cues of
/// one speaker joined), written `Label: text` with the turn after the label, blank line between.
/// Word files: the paragraphs of `word/document.xml`, one line each, then as a text file.
/// PDF files: the text layer, pages kept (``PDFText``), no turns looked for: a document's
/// `Doel:` is a heading, not a speaker.
public enum TranscriptReader {
    /// The largest uncompressed `word/document.xml` read from a `.docx` file.
    public static let maximumDocumentSize: UInt64 = 50 * 1024 * 1024

    /// Reads a file; `name` (default: the file name) is used in messages.
    public static func read(_ url: URL, encoding: TranscriptEncoding? = nil, as name: String? = nil) throws(LoadProblem) -> TranscriptImport {
        try readFile(url, encoding: encoding, as: name).transcript
    }

    /// Reads a file for an import: the transcript, and the file's bytes for a checksum.
    /// A folder, an unknown extension and an unreadable file are problems named by `name`
    /// (default: the file name); a missing file is named by its whole path, as it was given.
    public static func readFile(_ url: URL, encoding: TranscriptEncoding? = nil,
                                as name: String? = nil) throws(LoadProblem) -> (transcript: TranscriptImport, data: Data) {
        let name = name ?? url.lastPathComponent
        try TextFile.checkRegularFile(url, as: name, wanted: "a transcript file")
        guard let format = TranscriptFormat(pathExtension: url.pathExtension) else {
            let kind = url.pathExtension.isEmpty ? "files without an extension" : ".\(url.pathExtension) files"
            throw LoadProblem(file: name, message: "cannot import \(kind); use .txt, .md, .vtt, .srt, .docx or .pdf")
        }
        let data = try TextFile.bytes(of: url, as: name)
        return (try read(data, format: format, encoding: encoding, as: name), data)
    }

    /// What a file that is not a regular file is (a FIFO, a device), following symbolic links;
    /// `nil` for a regular file. Reading one would block, never end or read nothing.
    static func specialFileKind(_ url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a device (\(url.resolvingSymlinksInPath().path))"
        case S_IFBLK: return "a block device (\(url.resolvingSymlinksInPath().path))"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// Reads the bytes of a file of the given format.
    public static func read(_ data: Data, format: TranscriptFormat, encoding: TranscriptEncoding? = nil,
                            as name: String) throws(LoadProblem) -> TranscriptImport {
        guard !data.isEmpty else { throw LoadProblem(file: name, message: "is empty") }
        let result: TranscriptImport
        switch format {
        case .docx:
            result = labelled(try DocxText.paragraphs(of: data, as: name).joined(separator: "\n"))
        case .pdf:
            result = TranscriptImport(text: try PDFText.text(of: data, as: name), turns: [], speakers: [])
        case .txt, .md:
            result = labelled(try decode(data, encoding: encoding, as: name))
        case .vtt, .srt:
            result = cues(try decode(data, encoding: encoding, as: name))
        }
        guard result.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw LoadProblem(file: name, message: "has no text")
        }
        return result
    }

    /// The text of a file: UTF-8 (a BOM removed), or the given encoding; line ends normalised.
    static func decode(_ data: Data, encoding: TranscriptEncoding?, as name: String) throws(LoadProblem) -> String {
        if let nul = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            throw LoadProblem(file: name, message: "is a binary file, not text (NUL byte at byte \(nul + 1))")
        }
        let text: String
        if let encoding {
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            guard let converted = String(data: bytes, encoding: encoding.foundation) else {
                throw LoadProblem(file: name, message: "cannot be read as \(encoding.rawValue)")
            }
            text = converted
        } else {
            do {
                text = try TextFile.decode(data, as: name)
            } catch {
                var problem = error
                problem.message += ", or give --encoding latin1 or --encoding cp1252"
                throw problem
            }
        }
        return LineEnds.normalised(text)
    }

    /// The turns of a text as an import of a `.txt` or `.md` file finds them: what a corrected
    /// transcript's turns are read again with (decision 58).
    public static func transcript(ofText text: String) -> TranscriptImport {
        labelled(text)
    }

    // MARK: Labelled lines

    /// Finds speaker labels at the start of lines; the text is kept as it is.
    static func labelled(_ text: String) -> TranscriptImport {
        var bytes = text
        let (turns, speakers) = bytes.withUTF8 { labelledTurns(in: text, bytes: $0) }
        return TranscriptImport(text: text, turns: turns, speakers: speakers)
    }

    /// The turns of `text`, whose UTF-8 bytes are `bytes`, and its speakers in order of first
    /// turn. Lines are walked on the bytes: the scalar view's split and distances took a fifth
    /// of importing a corpus. Only a line that can start with a label (`**`, `[`, or a colon
    /// among its first 64 scalars) is looked at as scalars.
    private static func labelledTurns(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> ([Turn], [String]) {
        var turns: [Turn] = []
        var speakers: [String] = []
        var open: (speaker: String, start: Int)?
        var contentEnd = 0 // end of the last non-blank line seen
        var offset = 0 // the line's first scalar
        var byte = 0
        while true {
            let lineStart = byte
            var length = 0
            var lastContent = -1
            var colon = -1
            while byte < bytes.count, bytes[byte] != 0x0A {
                let lead = bytes[byte]
                if lead < 0x80 {
                    if !UTF8Scalars.isASCIIWhitespace(lead) { lastContent = length }
                    if lead == 0x3A, colon < 0 { colon = length }
                    byte += 1
                } else {
                    let (scalar, size) = UTF8Scalars.scalar(in: bytes, at: byte)
                    if !scalar.properties.isWhitespace { lastContent = length }
                    byte += size
                }
                length += 1
            }
            let first = lineStart < byte ? bytes[lineStart] : 0
            let second = lineStart + 1 < byte ? bytes[lineStart + 1] : 0
            if (0..<64).contains(colon) || first == 0x5B || (first == 0x2A && second == 0x2A) {
                let utf8 = text.utf8
                let line = text.unicodeScalars[utf8.index(utf8.startIndex, offsetBy: lineStart)..<utf8.index(utf8.startIndex, offsetBy: byte)]
                if let (label, skip) = label(ofScalars: line) {
                    if let current = open {
                        turns.append(Turn(speaker: current.speaker, range: ScalarRange(start: current.start, end: max(current.start, contentEnd))))
                    }
                    if !speakers.contains(label) { speakers.append(label) }
                    open = (label, offset + skip)
                }
            }
            if lastContent >= 0 { contentEnd = offset + lastContent + 1 }
            offset += length + 1
            guard byte < bytes.count else { break }
            byte += 1
        }
        if let current = open {
            turns.append(Turn(speaker: current.speaker, range: ScalarRange(start: current.start, end: max(current.start, contentEnd))))
        }
        return (turns, speakers)
    }

    /// The label a line starts with, and the number of scalars up to the turn's text.
    static func label(of line: Substring) -> (String, Int)? {
        label(ofScalars: line.unicodeScalars[...])
    }

    /// The label a line starts with; only the line's first scalars are looked at, as a label
    /// is at most 40 of them.
    static func label(ofScalars line: Substring.UnicodeScalarView.SubSequence) -> (String, Int)? {
        let scalars = Array(line.prefix(64))
        var index = 0
        var label: String?
        if scalars.starts(with: ["*", "*"]) {
            // **Naam:** text, or **Naam**: text
            guard let close = find(["*", "*"], in: scalars, from: 2) else { return nil }
            var inner = String(String.UnicodeScalarView(scalars[2..<close]))
            index = close + 2
            if inner.hasSuffix(":") {
                inner.removeLast()
            } else if index < scalars.count, scalars[index] == ":" {
                index += 1
            } else {
                return nil
            }
            label = inner
        } else if scalars.first == "[" {
            guard let close = scalars.firstIndex(of: "]") else { return nil }
            label = String(String.UnicodeScalarView(scalars[1..<close]))
            index = close + 1
        } else if let colon = scalars.firstIndex(of: ":") {
            guard colon + 1 == scalars.count || scalars[colon + 1] == " " || scalars[colon + 1] == "\t" else { return nil }
            label = String(String.UnicodeScalarView(scalars[..<colon]))
            index = colon + 1
        }
        guard let found = label.map(trimmingSpaces), isLabel(found) else { return nil }
        var rest = line.dropFirst(index)
        while let first = rest.first, first == " " || first == "\t" {
            rest = rest.dropFirst()
            index += 1
        }
        return (found, index)
    }

    /// A speaker label: up to three words of letters, digits, `.`, `-` or `'`, starting with a letter.
    static func isLabel(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, text.unicodeScalars.count <= 40 else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 3 else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || " .-'’".unicodeScalars.contains($0)
        }
    }

    /// `text` without the spaces and tabs (`CharacterSet.whitespaces`: general category Zs,
    /// U+200B and the tab) at its ends, as Foundation trims them, without bridging to `NSString`.
    static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    static func find(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard scalars.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if Array(scalars[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }

    // MARK: Subtitles

    /// The cues of a WebVTT or SubRip file, as paragraphs.
    static func cues(_ text: String) -> TranscriptImport {
        var paragraphs: [(speaker: String?, text: String)] = []
        for block in text.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true)
            guard let timing = lines.firstIndex(where: { $0.contains("-->") }) else { continue }
            let cueLines = lines[(timing + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !cueLines.isEmpty else { continue }
            var cue = cueLines.joined(separator: " ")
            var speaker: String?
            if let voice = voiceTag(in: cue) { speaker = voice }
            cue = stripTags(cue)
            if speaker == nil, let (label, skip) = label(of: Substring(cue)), !label.contains("**") {
                speaker = label
                cue = String(String.UnicodeScalarView(cue.unicodeScalars.dropFirst(skip)))
            }
            cue = cue.trimmingCharacters(in: .whitespaces)
            guard !cue.isEmpty else { continue }
            if let speaker, let last = paragraphs.last, last.speaker == speaker {
                paragraphs[paragraphs.count - 1].text += " " + cue
            } else {
                paragraphs.append((speaker, cue))
            }
        }
        var output = ""
        var offset = 0
        var turns: [Turn] = []
        var speakers: [String] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { output += "\n\n"; offset += 2 }
            if let speaker = paragraph.speaker {
                let prefix = "\(speaker): "
                output += prefix
                offset += prefix.unicodeScalars.count
                if !speakers.contains(speaker) { speakers.append(speaker) }
                let length = paragraph.text.unicodeScalars.count
                turns.append(Turn(speaker: speaker, range: ScalarRange(start: offset, end: offset + length)))
            }
            output += paragraph.text
            offset += paragraph.text.unicodeScalars.count
        }
        return TranscriptImport(text: output, turns: turns, speakers: speakers)
    }

    /// The name in a `<v Name>` or `<v.class Name>` tag.
    static func voiceTag(in cue: String) -> String? {
        guard let open = cue.range(of: "<v"), let close = cue[open.upperBound...].firstIndex(of: ">") else { return nil }
        let inside = cue[open.upperBound..<close]
        guard inside.first == " " || inside.first == "." else { return nil }
        guard let space = inside.firstIndex(of: " ") else { return nil }
        let name = inside[space...].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// The cue text without `<…>` tags and with the basic entities decoded.
    static func stripTags(_ cue: String) -> String {
        var output = ""
        var inTag = false
        for character in cue {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { output.append(character) }
        }
        return output.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
    }
}
