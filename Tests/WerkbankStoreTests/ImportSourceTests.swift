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

    static func transcript(_ id: String, _ speaker: String, _ words: String) -> (source: Source, checksum: String) {
        let text = "I: Vraag?\n\(speaker): \(words)"
        let source = Source(id: id, caseID: "zorg", title: id, kind: .interview, interviewers: ["I"],
                            participants: [Participant(id: speaker, role: "Cliënten")], text: text,
                            turns: [Turn(speaker: "I", range: ScalarRange(start: 3, end: 9)),
                                    Turn(speaker: speaker, range: ScalarRange(start: 12 + speaker.unicodeScalars.count, end: text.unicodeScalars.count))])
        return (source, Project.checksum(of: Data(text.utf8)))
    }

    @Test func addSourcesPutsManyInAtOnceEachUndoableOnItsOwn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let batch = [Self.transcript("een", "C7", "Samen leren."), Self.transcript("twee", "C7", "Zorgen samen."),
                     Self.transcript("drie", "C8", "Leren zorgen.")]
        try project.addSources(batch)
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek", "een", "twee", "drie"])
        #expect(try Set(project.search("samen").map(\.sourceID)) == ["een", "twee"])
        #expect(try project.source(withChecksum: batch[2].checksum) == "drie")
        // Undo takes out the last first; the participant C7 goes with the first source that brought it.
        for id in ["drie", "twee", "een"] {
            _ = try project.undo()
            #expect(try !project.sources(ofCase: "zorg").map(\.id).contains(id))
        }
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek"])
        #expect(try project.integrityCheck() == "ok")
    }

    @Test func addSourcesIsAllOrNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let first = Self.transcript("een", "C7", "Samen leren.")
        var twin = first
        twin.source.id = "kopie"
        #expect { try project.addSources([first, Self.transcript("twee", "C7", "Zorgen."), twin]) } throws: {
            "\($0)".contains("comes twice in this import")
        }
        #expect { try project.addSources([first, Self.transcript("een", "C8", "Anders.")]) } throws: {
            "\($0)".contains("a source `een` is already in this project")
        }
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek"])
        #expect(try project.search("samen").isEmpty)
    }

    @Test func batchesGoInAsOneImportAcrossBatches() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        var batches = try [[Self.transcript("een", "C7", "Samen leren."), Self.transcript("twee", "C7", "Zorgen samen.")],
                           [Self.transcript("drie", "C8", "Leren zorgen.")]].map { try $0.map { try Project.prepareImport($0.source, checksum: $0.checksum) } }
        try project.addSources { batches.isEmpty ? nil : batches.removeFirst() }
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek", "een", "twee", "drie"])
        #expect(try project.importChecksums()[Self.transcript("drie", "C8", "Leren zorgen.").checksum] == "drie")
        // C7 came with the first batch: the second batch's sources do not bring it again.
        for id in ["drie", "twee", "een"] {
            _ = try project.undo()
            #expect(try !project.sources(ofCase: "zorg").map(\.id).contains(id))
        }
        #expect(try project.integrityCheck() == "ok")
    }

    @Test func aBatchThatFailsUndoesTheWholeImportAndItsErrorComesOut() throws {
        struct Unreadable: Error, Equatable {}
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        var calls = 0
        #expect(throws: Unreadable()) {
            try project.addSources {
                calls += 1
                if calls == 2 { throw Unreadable() }
                let (source, checksum) = Self.transcript("een", "C7", "Samen leren.")
                return [try Project.prepareImport(source, checksum: checksum)]
            }
        }
        let (source, checksum) = Self.transcript("een", "C7", "Samen leren.")
        let first = try Project.prepareImport(source, checksum: checksum)
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek"])
        #expect(try project.search("samen").isEmpty)
        var twice = [[first], [first]]
        #expect { try project.addSources { twice.isEmpty ? nil : twice.removeFirst() } } throws: {
            "\($0)".contains("a source `een` is already in this project")
        }
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek"])
        #expect(try project.integrityCheck() == "ok")
    }

    @Test func checksumIsFNV1a() {
        #expect(Project.checksum(of: Data()) == "cbf29ce484222325")
        #expect(Project.checksum(of: Data("a".utf8)) == "af63dc4c8601ec8c")
    }
}
