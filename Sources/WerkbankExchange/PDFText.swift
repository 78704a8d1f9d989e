import Foundation
import WerkbankCore

/// The text layer of a PDF, read by poppler's `pdftotext` (decision 59): in reading order (not
/// `-layout`, which pads columns with spaces and interleaves the lines of two-column pages),
/// UTF-8, each page break a form feed on a line of its own (``Source/pageBreak``), so that a
/// fragment can be cited by page.
public enum PDFText {
    /// The longest `pdftotext` may take for one file before it is stopped.
    public static let timeout: TimeInterval = 120

    /// How to install `pdftotext` where it is missing.
    public static let installHint = "install poppler's pdftotext: sudo apt-get install poppler-utils (macOS: brew install poppler)"

    /// The `pdftotext` on `PATH`, if there is one.
    public static func toolPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether the bytes start as a PDF does (`%PDF-`, perhaps after a little junk, as readers allow).
    public static func looksLikePDF(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        return head.range(of: Data("%PDF-".utf8)) != nil
    }

    /// The text of a PDF's bytes; `name` is used in messages. Refused: bytes that are not a
    /// PDF, a PDF `pdftotext` cannot read, and one without a text layer (a scan).
    public static func text(of data: Data, as name: String) throws(LoadProblem) -> String {
        guard looksLikePDF(data) else {
            throw LoadProblem(file: name, message: "is not a PDF (it does not start with %PDF-)")
        }
        guard let tool = toolPath() else { throw LoadProblem(file: name, message: "cannot be read without pdftotext; \(installHint)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.pdf"), output = folder.appendingPathComponent("out.txt")
        let errors = folder.appendingPathComponent("errors.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: input)
            try Data().write(to: errors)
        } catch {
            throw LoadProblem(file: name, message: "cannot be copied for pdftotext (\(TextFile.describe(error)))")
        }
        let status = try run(tool, arguments: ["-enc", "UTF-8", "-eol", "unix", input.path, output.path], errors: errors, as: name)
        guard status == 0, let bytes = try? Data(contentsOf: output) else {
            let said = (try? String(contentsOf: errors, encoding: .utf8))?
                .split(whereSeparator: \.isNewline).first.map { ": \($0)" } ?? ""
            throw LoadProblem(file: name, message: "pdftotext cannot read it (exit \(status)\(said))")
        }
        let text = pages(String(decoding: bytes, as: UTF8.self))
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw LoadProblem(file: name, message: """
                has no text layer (a scanned PDF?); run OCR on it first (for example `ocrmypdf`), or import a text version
                """)
        }
        return text
    }

    /// `pdftotext`'s output with each page break on a line of its own and nothing after the
    /// last page: pages are split at form feeds, their trailing line ends dropped, and joined
    /// by `\n\f\n`. A page without text stays (empty), so later pages keep their numbers.
    public static func pages(_ output: String) -> String {
        var pages = output.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: Character(Unicode.Scalar(Source.pageBreak)), omittingEmptySubsequences: false)
            .map { page in String(page.reversed().drop(while: \.isNewline).reversed()) }
        // pdftotext ends every page, the last too, with a form feed.
        while let last = pages.last, last.allSatisfy(\.isWhitespace), pages.count > 1 { pages.removeLast() }
        return pages.joined(separator: "\n\(Source.pageBreak)\n")
    }

    /// Runs the tool, stopping it after ``timeout``; its exit status.
    private static func run(_ tool: String, arguments: [String], errors: URL, as name: String) throws(LoadProblem) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try? FileHandle(forWritingTo: errors)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw LoadProblem(file: name, message: "pdftotext could not be started (\(error.localizedDescription)); \(installHint)")
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            throw LoadProblem(file: name, message: "pdftotext took longer than \(Int(timeout)) seconds and was stopped")
        }
        return process.terminationStatus
    }
}
