import Foundation
import Testing

/// The command line keeps codings on whole characters and shows memos of several lines
/// line by line.
@Suite struct CodingEdgeCommandTests {
    @Test func aRangeThatSplitsACharacterIsRefusedNamingTheWholeOne() throws {
        let emoji = try EmojiTranscript("split")
        defer { emoji.project.remove() }
        let thumb = try #require(EmojiTranscript.text.unicodeScalars.firstRange(of: EmojiTranscript.thumb.unicodeScalars))
        let start = EmojiTranscript.text.unicodeScalars.distance(from: EmojiTranscript.text.unicodeScalars.startIndex, to: thumb.lowerBound)
        let half = try emoji.project.run(["code", "--source", EmojiTranscript.sourceID, "--range", "\(start)..\(start + 1)",
                                          "--code", "LOS", "--coder", "Tester"])
        #expect(half.status == 64, "\(half.output)\(half.errors)")
        #expect(half.errors.contains("\(start)..\(start + 1)") && half.errors.contains("\(start)..\(start + 2)"), "\(half.errors)")
        #expect(half.errors.contains(EmojiTranscript.sourceID), "\(half.errors)")
        let none = try emoji.project.run(["fragments", "--coder", "Tester", "--format", "csv"])
        #expect(CSVRecords.parse(none.output).count == 1, "nothing was stored:\n\(none.output)")

        let whole = try emoji.project.run(["code", "--source", EmojiTranscript.sourceID, "--range", "\(start)..\(start + 2)",
                                           "--code", "LOS", "--coder", "Tester"])
        #expect(whole.status == 0, "\(whole.errors)")
        let records = CSVRecords.parse(try emoji.project.run(["fragments", "--coder", "Tester", "--format", "csv"]).output)
        let quote = try #require(records.first?.firstIndex(of: "Quote"))
        #expect(records.dropFirst().map { $0[quote] } == [EmojiTranscript.thumb])
    }

    @Test func aMemoOfSeveralLinesIsDrawnLineByLineInTheTable() throws {
        let project = try InitializedProject("memo-lines")
        defer { project.remove() }
        let memo = "Eerste regel\nTweede, langere regel\r\nderde"
        for (range, memo) in [("3..30", memo), ("40..60", "kort")] {
            let coded = try project.run(["code", "--source", "sz-interview-manager", "--range", range, "--code", "SRI",
                                         "--coder", "Memoschrijver", "--memo", memo])
            #expect(coded.status == 0, "\(coded.errors)")
        }
        let table = try project.run(["fragments", "--coder", "Memoschrijver"])
        #expect(table.status == 0, "\(table.errors)")
        let lines = table.output.components(separatedBy: "\n")
        let header = try #require(lines.first { $0.hasPrefix("Id ") })
        let memoColumn = try #require(header.range(of: "Memo")).lowerBound.utf16Offset(in: header)
        let first = try #require(lines.firstIndex { $0.hasSuffix("Eerste regel") })
        // The memo's lines, one under the other in the memo column; the other columns blank.
        for (index, expected) in ["Eerste regel", "Tweede, langere regel", "derde"].enumerated() {
            let line = lines[first + index]
            #expect(line.hasSuffix(expected), "line \(index): \(line)")
            #expect(line.utf16.count - expected.utf16.count == memoColumn, "aligned under Memo:\n\(table.output)")
            if index > 0 { #expect(line.dropLast(expected.count).allSatisfy { $0 == " " }, "only the memo continues: \(line)") }
        }
        #expect(lines[first + 3].hasSuffix("kort"), "the next fragment follows:\n\(table.output)")
        #expect(!table.output.contains("\r"))

        // csv and json keep the line breaks as data.
        let csv = CSVRecords.parse(try project.run(["fragments", "--coder", "Memoschrijver", "--format", "csv"]).output)
        let memoField = try #require(csv.first?.firstIndex(of: "Memo"))
        #expect(csv.dropFirst().map { $0[memoField] } == [memo, "kort"])
        let json = try project.run(["fragments", "--coder", "Memoschrijver", "--format", "json"]).output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["Memo"] as? String } == [memo, "kort"])
    }
}
