import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Free memos: written, changed and deleted as journaled steps, listed with every other memo,
/// merged by GUID.
@Suite struct FreeMemoTests {
    @Test func addEditDeleteAreUndoneAndRedoneAfterARestart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("memo.werkbank")
        let written: FreeMemo
        do {
            let project = try Project.create(at: url, from: sampleStudy)
            written = try project.addFreeMemo(FreeMemo(title: "  Cliënten en de werkplaats ", text: "Eerste gedachte.\nTweede regel.",
                                                       author: "Anouk", subject: .case("revalidatie-1")))
            #expect(written.title == "Cliënten en de werkplaats")
            #expect(written.created != nil && written.created == written.modified)
            _ = try project.updateFreeMemo(written.id, text: "Herzien.", subject: .element("los"))
            let changed = try project.freeMemo(written.id)
            #expect(changed.text == "Herzien." && changed.subject == .element("LOS") && changed.author == "Anouk")
            #expect(changed.created == written.created)
            try project.removeFreeMemo(written.id)
            #expect(try project.freeMemos().isEmpty)
        }
        // Undo and redo survive closing the project.
        do {
            let project = try Project.open(at: url)
            #expect(try project.undo() == "remove memo Cliënten en de werkplaats")
            #expect(try project.freeMemo(written.id).text == "Herzien.")
            try project.undo()
            #expect(try project.freeMemo(written.id) == FreeMemo(id: written.id, title: written.title, text: written.text, author: "Anouk",
                                                                  subject: .case("revalidatie-1"), created: written.created,
                                                                  modified: written.modified))
            try project.undo()
            #expect(try project.freeMemos().isEmpty)
        }
        let project = try Project.open(at: url)
        try project.redo()
        try project.redo()
        #expect(try project.freeMemo(written.id).subject == .element("LOS"))
        #expect(try project.integrityCheck() == "ok")
    }

    @Test func badMemosAreRefusedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("memo.werkbank"), from: sampleStudy)
        #expect(throws: ProjectError.invalidMemo("a memo needs a title")) {
            try project.addFreeMemo(FreeMemo(title: "  ", text: "x", author: "Anouk"))
        }
        #expect(throws: ProjectError.invalidMemo("a memo's title is one line")) {
            try project.addFreeMemo(FreeMemo(title: "een\ntwee", text: "", author: "Anouk"))
        }
        #expect(throws: ProjectError.unknownCase("nergens")) {
            try project.addFreeMemo(FreeMemo(title: "t", text: "", author: "Anouk", subject: .case("nergens")))
        }
        #expect(throws: ProjectError.unknownCode("XYZ")) {
            try project.addFreeMemo(FreeMemo(title: "t", text: "", author: "Anouk", subject: .element("XYZ")))
        }
        #expect(throws: ProjectError.invalidMemo("a literature reference needs an author or a title")) {
            try project.addFreeMemo(FreeMemo(title: "t", text: "", author: "Anouk",
                                             subject: .literature(LiteratureReference(author: "", year: "2019", title: ""))))
        }
        #expect(throws: ProjectError.unknownMemo(UUID(uuid: (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)))) {
            try project.removeFreeMemo(UUID(uuid: (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)))
        }
        #expect(try project.freeMemos().isEmpty)
        #expect(throws: ProjectError.nothingToUndo) { try project.undo() }
    }

    @Test func everyMemoOfEveryKindIsListedWithWhatItBelongsTo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("memo.werkbank"), from: sampleStudy)
        let reference = LiteratureReference(author: "Wenger", year: "1998", title: "Communities of practice")
        let literature = try project.addFreeMemo(FreeMemo(title: "Leren in de praktijk", text: "Vergelijk met Wenger.",
                                                          author: "Bram", subject: .literature(reference)))
        let onProject = try project.addFreeMemo(FreeMemo(title: "Rode draad", text: "", author: "Anouk"))
        try project.setMemo(on: .case("jeugdzorg"), text: "Casusmemo")
        try project.setMemo(on: .code("LOS"), text: "Codememo")
        try project.setMemo(on: .source("jz-interview-manager"), text: "Bronmemo")
        let coding = try project.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 5, end: 40), code: "VOR",
                                           coder: "Chris", memo: "Codeermemo over Cliënten")

        let entries = try project.allMemos()
        let sampleCodingMemos = sampleStudy.codings.filter { !($0.memo ?? "").isEmpty }.count
        #expect(entries.count == 6 + sampleCodingMemos)
        #expect(entries.prefix(5).map(\.kind) == [.free, .free, .case, .code, .source])
        #expect(entries[0].memoID == literature.id && entries[0].belongsTo == "Wenger (1998). Communities of practice")
        #expect(entries[1].memoID == onProject.id && entries[1].belongsTo == "project" && entries[1].heading == "Rode draad")
        #expect(entries[2].caseID == "jeugdzorg" && entries[2].belongsTo == sampleStudy.cases.first { $0.id == "jeugdzorg" }?.name)
        #expect(entries[3].code == "LOS" && entries[3].element == "LOS")
        #expect(entries[4].sourceID == "jz-interview-manager" && entries[4].caseID == "jeugdzorg")
        let codingEntry = try #require(entries.first { $0.codingID == coding.id })
        #expect(codingEntry.kind == .coding && codingEntry.author == "Chris" && codingEntry.code == "VOR")
        #expect(codingEntry.range == coding.range && codingEntry.sourceID == "jz-interview-manager")

        // The filter: kind, author, element (a sub-code counts for its element), words without accents.
        #expect(MemoFilter(kinds: [.free]).apply(entries).count == 2)
        #expect(MemoFilter(kinds: [.free], author: "bram").apply(entries).map(\.memoID) == [literature.id])
        #expect(MemoFilter(author: "bram").apply(entries).allSatisfy { $0.author == "Bram" })
        #expect(MemoFilter(code: "vor").apply(entries).contains { $0.codingID == coding.id })
        #expect(MemoFilter(search: "CLIENTEN codeermemo").apply(entries).map(\.codingID) == [coding.id])
        #expect(MemoFilter(kinds: [.case], search: "Codememo").apply(entries).isEmpty)
    }

    @Test func mergeBringsInFreeMemosByGUIDOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let mine = try Project.create(at: folder.file("anouk.werkbank"), from: sampleStudy)
        let theirs = try Project.create(at: folder.file("bram.werkbank"), from: sampleStudy)
        let new = try theirs.addFreeMemo(FreeMemo(title: "Van Bram", text: "Nieuw", author: "Bram", subject: .case("jeugdzorg")))
        let shared = try mine.addFreeMemo(FreeMemo(title: "Gedeeld", text: "Zelfde", author: "Anouk"))
        // The same memo in both (as after an earlier merge), changed there.
        let snapshot = FreeMemoSnapshot(shared)
        try theirs.write { db in try FreeMemoStore(db: db).insert(snapshot) }
        _ = try theirs.updateFreeMemo(shared.id, text: "Anders")

        let report = try mine.merge(from: theirs)
        #expect(report.addedFreeMemos == 1)
        #expect(report.conflicts == ["memo \(shared.id.uuidString.lowercased()) (Gedeeld): different content; kept this project's"])
        #expect(try mine.freeMemo(new.id) == new)
        #expect(try mine.freeMemo(shared.id).text == "Zelfde")
        let again = try mine.merge(from: theirs)
        #expect(again.addedFreeMemos == 0)
        #expect(try mine.freeMemos().count == 2)
    }

    @Test func includingAStudyBringsItsFreeMemosAndSkipsThoseOnMissingCases() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        var study = sampleStudy
        study.codings = []
        study.synthesis = Synthesis()
        let kept = FreeMemo(title: "Mee", text: "", author: "Bram", subject: .case("jeugdzorg"), created: Date(timeIntervalSince1970: 5),
                            modified: Date(timeIntervalSince1970: 6))
        let lost = FreeMemo(title: "Nergens", text: "", author: "Bram", subject: .element("BESTAAT-NIET"))
        study.memos = [kept, lost]
        let report = try project.include(study)
        #expect(report.content.addedFreeMemos == 1)
        #expect(report.content.skipped.contains { $0.hasPrefix("memo \(lost.id.uuidString.lowercased()) (Nergens)") })
        #expect(try project.freeMemos() == [kept])
        #expect(try project.include(study).content.addedFreeMemos == 0)
    }
}
