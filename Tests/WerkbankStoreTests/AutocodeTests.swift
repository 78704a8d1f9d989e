import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

@Suite struct AutocodeTests {
    let folder: TemporaryFolder
    let project: Project

    init() throws {
        folder = try TemporaryFolder()
        project = try Project.create(at: folder.file("p.werkbank"), from: searchStudy())
    }

    private func quotes(_ code: String = "LOS") throws -> [String] {
        try project.fragments(FragmentFilter(codes: [code])).map(\.quote)
    }

    @Test func codesEveryHitAsOneUndoableStep() throws {
        defer { folder.remove() }
        let result = try project.autocode(TextSearch("coordinator"), code: "LOS", unit: .hit, coder: "Bram")
        #expect(result.hits == 3)
        #expect(result.codings.count == 3)
        #expect(try quotes() == ["coördinator", "coördinator", "Coordinator"])
        #expect(try project.undo() == "autocode LOS ×3")
        #expect(try quotes().isEmpty)
        _ = try project.redo()
        #expect(try quotes().count == 3)
    }

    @Test func aDryRunWritesNothing() throws {
        defer { folder.remove() }
        let result = try project.autocode(TextSearch("samenwerk*"), code: "LOS", unit: .sentence, coder: "Bram", dryRun: true)
        #expect(result.codings.count == 2)
        #expect(try quotes().isEmpty)
        #expect(throws: ProjectError.nothingToUndo) { try project.undo() }
    }

    @Test func sentencesAndTurnsAreCodedOncePerUnit() throws {
        defer { folder.remove() }
        let sentences = try project.autocode(TextSearch("samenwerk*"), code: "LOS", unit: .sentence, coder: "Bram", dryRun: true)
        let text = try project.source("gesprek").text
        #expect(sentences.codings.map { text.scalars(in: $0.range) } == [
            "Samenwerking met de stuurgroep gaat goed!", "Wij samenwerken veel met Clie\u{0308}nten."])
        let turns = try project.autocode(TextSearch("de"), code: "GOC", unit: .turn, coder: "Bram")
        #expect(turns.hits > turns.codings.count)
        #expect(turns.codings.count == 3)  // both turns of gesprek, the answer of focus
        #expect(try quotes("GOC").contains { $0.hasPrefix("De coördinator werkt") && $0.hasSuffix("Clie\u{0308}nten.") })
    }

    @Test func reportsOverlapsAndLeavesWhatTheCoderCodedAlready() throws {
        defer { folder.remove() }
        let text = try project.source("gesprek").text
        let werkt = try #require(text.scalarRanges(of: "werkt in").first)
        try project.addCoding(source: "gesprek", range: werkt, code: "LOS", coder: "Anouk")
        let first = try #require(text.scalarRanges(of: "coördinator").first)
        try project.addCoding(source: "gesprek", range: first, code: "LOS", coder: "Bram")
        let result = try project.autocode(TextSearch("werkt OR coordinator"), code: "LOS", unit: .hit, coder: "Bram")
        #expect(result.alreadyCoded == 1)
        #expect(result.codings.count == 3)
        #expect(result.overlapping == 1)
    }

    @Test func aReadOnlyProjectIsRefused() throws {
        defer { folder.remove() }
        let reader = try Project.open(at: folder.file("p.werkbank"), for: .reading)
        #expect(throws: ProjectError.self) { try reader.autocode(TextSearch("coordinator"), code: "LOS", unit: .hit, coder: "B") }
        #expect(try reader.autocode(TextSearch("coordinator"), code: "LOS", unit: .hit, coder: "B", dryRun: true).codings.count == 3)
        #expect(throws: ProjectError.unknownCode("XYZ")) { try project.autocode(TextSearch("coordinator"), code: "XYZ", unit: .hit, coder: "B") }
    }

    @Test func theMatrixBySourceGroupsSourcesUnderTheirCase() throws {
        defer { folder.remove() }
        try project.autocode(TextSearch("coordinator"), code: "LOS", unit: .hit, coder: "Bram")
        let matrix = try project.matrix(by: .source)
        #expect(matrix.columns.map(\.label) == ["Z · gesprek", "O · focus"])
        let los = try #require(matrix.rows.first { $0.code == "LOS" })
        #expect(los.values == [.count(2), .count(1)])
        #expect(matrix.report.title == "Codes × sources: fragments")
        let share = try project.matrix(by: .source, measure: .share)
        #expect(share.rows.first { $0.code == "LOS" }?.values.allSatisfy { if case .share(let value) = $0 { value > 0 } else { false } } == true)
    }
}
