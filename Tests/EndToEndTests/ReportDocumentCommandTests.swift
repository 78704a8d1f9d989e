import Foundation
import Testing

/// `werkbank report html` and `werkbank report md` of the built binary, on a project made by
/// `werkbank init` from the sample cases.
@Suite struct ReportDocumentCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-document-\(UUID().uuidString)")
    var project: String { folder.appendingPathComponent("studie.werkbank").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = try BinaryRunner.run(["init", project])
        precondition(created.status == 0, created.errors)
    }

    func report(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["report"] + arguments + ["--project", project])
    }

    static let elements = ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"]

    @Test func htmlReportIsWrittenSelfContained() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rapport.html")
        let result = try report(["html", "-o", file.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.isEmpty)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Professionele werkplaatsen: samen werken, samen leren"))
        #expect(html.contains("<caption>Respondenten</caption>"))
        #expect(html.contains("<td class=\"num\">6 *</td>"))
        #expect(html.contains("<td class=\"num\">-</td>"))
        #expect(html.contains("<td class=\"num\">75</td>"))
        #expect(html.contains("Cliënten"))
        #expect(html.contains("<caption>Agreement of Anouk and Bram by character, 11 sources</caption>"))
        #expect(html.contains("All codes (pooled)"))
        for element in Self.elements {
            #expect(html.contains("<h3 id=\"element-\(element)\">\(element): "), "\(element)")
        }
        #expect(html.contains("<h4>Zorg 1 (Revalidatie 1)</h4>"))
        #expect(html.contains("<blockquote>"))
        #expect(html.contains("Professionals · "))
        for forbidden in ["http://", "https://", "<script", "<link", "<img"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // Three quotes at most per element per case.
        let quotes = html.components(separatedBy: "<blockquote>").count - 1
        #expect(quotes > 0 && quotes <= 3 * Self.elements.count * 4)

        let xmllint = "/usr/bin/xmllint"
        if FileManager.default.isExecutableFile(atPath: xmllint) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--html", "--noout", file.path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(messages)")
            #expect(messages.isEmpty, "\(messages)")
        }
    }

    @Test func markdownReportAndOptions() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rapport.md")
        let result = try report(["md", "-o", file.path, "--per-cell", "1", "--coders", "Bram,Anouk"])
        #expect(result.status == 0, "\(result.errors)")
        let markdown = try String(contentsOf: file, encoding: .utf8)
        #expect(markdown.hasPrefix("# Werkbank report\n"))
        #expect(markdown.contains("| Studenten | 2 | 7 | 9 | 6 \\* | 24 |"))
        #expect(markdown.contains("| Totaal | 9 | 28 | 20 | 18 | 75 |"))
        #expect(markdown.contains("**Agreement of Bram and Anouk by character, 11 sources**"))
        for element in Self.elements {
            #expect(markdown.contains("### \(element): "), "\(element)")
        }
        #expect(markdown.contains("\n> — "))
        #expect(markdown.contains("1 of "))

        let stdout = try report(["md", "-o", "-"])
        #expect(stdout.status == 0, "\(stdout.errors)")
        #expect(stdout.output.hasPrefix("# Werkbank report\n"))

        let unknown = try report(["html", "-o", folder.appendingPathComponent("x.html").path, "--coders", "Anouk,Nobody"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("no coder 'Nobody'"))
        let missing = try report(["html"])
        #expect(missing.status == 64)
        let unwritable = try report(["html", "-o", folder.appendingPathComponent("no/such/dir/x.html").path])
        #expect(unwritable.status == 73)
        #expect(unwritable.errors.contains("cannot write"))
    }
}
