import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// Findings, judgements and conclusions through REFI-QDA notes and back.
@Suite struct RefiQDASynthesisTests {
    func roundTrip(_ study: Study, memos: [MemoTarget: String] = [:]) throws -> (RefiQDAImport, String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("synthesis-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: url) }
        let exported = RefiQDAWriter.project(study: study, memos: memos)
        try RefiQDAArchive.write(exported, to: url)
        return (try RefiQDAReader.read(url), exported.xml)
    }

    @Test func theSamplesSynthesisComesBackEqual() throws {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        // Times, a role, a removed link and a judgement with another status, as a project has them.
        let now = Date(timeIntervalSince1970: 1_796_000_000.25)
        study.synthesis.findings[0].created = now
        study.synthesis.findings[0].modified = now.addingTimeInterval(60)
        study.synthesis.findings[0].role = "Studenten"
        study.synthesis.findings[1].evidence[0].isRemoved = true
        study.synthesis.judgements.append(RecognitionJudgement(cell: CellKey(caseID: "jeugdzorg", element: "VMM"), status: .nietBesproken,
                                                               why: "", author: "Bram", modified: now))
        let caseMemo = "Casus met de meeste respondenten."
        let (imported, xml) = try roundTrip(study, memos: [.case("revalidatie-1"): caseMemo])
        #expect(imported.study.synthesis == study.synthesis)
        #expect(imported.memos[.case("revalidatie-1")] == caseMemo, "findings linked to the case are not its memo")
        #expect(imported.study.codebook.elements.map(\.short) == ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"])

        // Other tools see notes linked to the case, the element's code and the selections.
        let finding = study.synthesis.findings[0]
        #expect(xml.contains("name=\"Bevinding: Revalidatie 1 × LOS\""))
        #expect(xml.contains("<PlainTextContent>\(finding.text)</PlainTextContent>"))
        for target in [RefiQDAWriter.caseGUID("revalidatie-1"), RefiQDAWriter.codeGUID("LOS"), finding.evidence[0].codingID] {
            #expect(xml.contains("originGUID=\"\(finding.id.refiGUID)\" targetGUID=\"\(target.refiGUID)\""))
        }
        #expect(xml.contains("name=\"Herkenning: Jeugdzorg × VMM\""))
        #expect(xml.contains("<PlainTextContent>herkend — Gepubliceerde bevindingen"))
        #expect(xml.contains("name=\"Conclusie 4\""))
    }

    @Test func notesOfOtherToolsStayNotes() throws {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        study.synthesis = Synthesis()
        let (imported, _) = try roundTrip(study, memos: [.case("jeugdzorg"): "Gewoon een memo"])
        #expect(imported.study.synthesis.isEmpty)
        #expect(imported.memos[.case("jeugdzorg")] == "Gewoon een memo")
    }
}
