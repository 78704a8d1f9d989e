import CSV
import Foundation
import Testing
import WerkbankStore

@Suite struct ExportCommandTests {
    @Test func oneRowPerCodingWithQuotesThatKeepTheirLineBreaks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let project = folder.appendingPathComponent("p.werkbank").path
        #expect(try BinaryRunner.run(["init", project]).status == 0)
        let file = folder.appendingPathComponent("codings.csv")
        let result = try BinaryRunner.run(["export", "--format", "csv", "-o", file.path, "--project", project])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "exported 553 codings to \(file.path)\n")
        let records = CSVRecords.parse(try String(contentsOf: file, encoding: .utf8))
        #expect(records.first == ["case", "source", "kind", "speaker", "role", "code", "coder", "start", "end", "quote", "memo"])
        let rows = records.dropFirst().filter { $0.count > 1 }
        #expect(rows.count == 553)
        #expect(rows.allSatisfy { $0.count == 11 })
        #expect(rows.contains { $0[9].contains("\n") }, "a multi-paragraph quote keeps its line break")
        #expect(rows.contains { $0[4] == "Cliënten" })
        #expect(rows.first { $0[1] == "rev1-interview-manager" && $0[5] == "SRI" && $0[6] == "Anouk" }?[9]
            .hasPrefix("Ja. Ik ben manager behandelzaken") == true)
        let unwritable = try BinaryRunner.run(["export", "-o", "/nonexistent/x.csv", "--project", project])
        #expect(unwritable.status == 73)
    }

    /// The streamed export against the bytes CSV.swift (the library it replaced) writes for the
    /// same rows, to a file and to standard output.
    @Test func theStreamedCSVIsByteForByteWhatTheLibraryWrote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let project = folder.appendingPathComponent("p.werkbank")
        #expect(try BinaryRunner.run(["init", project.path]).status == 0)
        let file = folder.appendingPathComponent("codings.csv")
        #expect(try BinaryRunner.run(["export", "--format", "csv", "-o", file.path, "--project", project.path]).status == 0)
        let fragments = try Project.open(at: project, for: .reading).fragments()
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: ["case", "source", "kind", "speaker", "role", "code", "coder", "start", "end", "quote", "memo"])
        for fragment in fragments {
            let coding = fragment.coding
            try writer.write(row: [fragment.caseName, coding.sourceID, fragment.sourceKind.rawValue, fragment.speaker ?? "",
                                   fragment.role ?? "", coding.code, coding.coder, String(coding.range.start),
                                   String(coding.range.end), fragment.quote, coding.memo ?? ""])
        }
        writer.stream.close()
        let library = try #require(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) + Data("\r\n".utf8)
        #expect(try Data(contentsOf: file) == library)
        let printed = try BinaryRunner.run(["export", "--format", "csv", "-o", "-", "--project", project.path])
        #expect(Data(printed.output.utf8) == library)
    }
}
