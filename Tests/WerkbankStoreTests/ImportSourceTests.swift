import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

@Suite struct ImportSourceTests {
    @Test func addSourceIsFoundAndDuplicatesAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let text = "I: Wat leren de Cliënten?\nC2: Samen zorgen."
        let source = Source(id: "nieuw", caseID: "zorg", title: "Nieuw", kind: .interview, interviewers: ["I"],
                            participants: [Participant(id: "C2", role: "Cliënten")], text: text,
                            turns: [Turn(speaker: "I", range: ScalarRange(start: 3, end: 25)),
                                    Turn(speaker: "C2", range: ScalarRange(start: 30, end: 43))])
        let checksum = Project.checksum(of: Data(text.utf8))
        #expect(try project.source(withChecksum: checksum) == nil)
        try project.addSource(source, checksum: checksum)
        #expect(try project.source("nieuw") == source)
        #expect(try project.source(withChecksum: checksum) == "nieuw")
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek", "nieuw"])
        #expect(try project.search("zorgen").map(\.sourceID) == ["nieuw"])
        try project.addCoding(source: "nieuw", range: ScalarRange(start: 30, end: 36), code: "LOS", coder: "Anouk")
        #expect(try project.fragments(FragmentFilter(codes: ["LOS"])).contains { $0.coding.sourceID == "nieuw" })

        var other = source
        other.text = "Iets anders"
        other.turns = []
        #expect { try project.addSource(other, checksum: "0000000000000001") } throws: {
            "\($0)".contains("a source `nieuw` is already in this project")
        }
        var again = source
        again.id = "kopie"
        #expect { try project.addSource(again, checksum: checksum) } throws: { "\($0)".contains("imported before as source `nieuw`") }
        #expect(try project.integrityCheck() == "ok")
    }

    @Test func checksumIsFNV1a() {
        #expect(Project.checksum(of: Data()) == "cbf29ce484222325")
        #expect(Project.checksum(of: Data("a".utf8)) == "af63dc4c8601ec8c")
    }
}
