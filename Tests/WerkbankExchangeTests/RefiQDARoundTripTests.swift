import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// Export → import gives back the same codes, cases, sources, codings and memos.
@Suite struct RefiQDARoundTripTests {
    /// The sample study, with a sub-code, a code memo, a case memo and a source memo added.
    private func original() throws -> (study: Study, memos: [MemoTarget: String]) {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        let group = try #require(study.codebook.groups.firstIndex { $0.codes.contains { $0.short == "GOC" } })
        study.codebook.groups[group].codes.append(
            Code(short: "GOC-VRAGEN", name: "Vragen uit de praktijk", gloss: "", description: "Inductief: vragen die cliënten stellen.",
                 colour: RGBColour(red: 1, green: 2, blue: 3), parent: "GOC", groupID: study.codebook.groups[group].id))
        let memos: [MemoTarget: String] = [
            .code("LOS"): "Kern van het model.\n\nTweede alinea — met één ë.",
            .case(study.cases[1].id): "Casus met de meeste respondenten.",
            .source(study.sources[0].id): "Opname deels onverstaanbaar.",
        ]
        return (study, memos)
    }

    private func roundTrip(_ study: Study, memos: [MemoTarget: String]) throws -> RefiQDAImport {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("round-trip-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: url) }
        let exported = RefiQDAWriter.project(study: study, memos: memos)
        #expect(exported.problems.isEmpty)
        try RefiQDAArchive.write(exported, to: url)
        return try RefiQDAReader.read(url)
    }

    @Test func theSampleStudyComesBackTheSame() throws {
        let (study, memos) = try original()
        let imported = try roundTrip(study, memos: memos)
        let back = imported.study
        #expect(imported.skipped.isEmpty, "\(imported.skipped)")

        // Codes: short, name, gloss, description, colour, parent, and the group by name.
        func codes(_ study: Study) -> [String] {
            study.codebook.groups.flatMap { group in
                group.codes.map { "\(group.name)|\(group.gloss)|\(group.description)|\($0.short)|\($0.name)|\($0.gloss)|\($0.description)|\($0.colour.hex)|\($0.parent ?? "-")" }
            }.sorted()
        }
        #expect(codes(back) == codes(study))
        #expect(back.codebook.codes.count == 15)
        #expect(back.codebook.groups.map(\.name) == study.codebook.groups.map(\.name))

        // Cases: id, name, label, sector, description.
        func cases(_ study: Study) -> [String] { study.cases.map { "\($0.id)|\($0.number)|\($0.name)|\($0.tableLabel)|\($0.sector)|\($0.description)" } }
        #expect(cases(back) == cases(study))

        // Sources: everything, turns included.
        #expect(back.sources.count == 17)
        for (got, wanted) in zip(back.sources, study.sources) where got != wanted {
            let fields = [("id", got.id == wanted.id), ("case", got.caseID == wanted.caseID), ("title", got.title == wanted.title),
                          ("kind", got.kind == wanted.kind), ("date", got.date == wanted.date),
                          ("interviewers", got.interviewers == wanted.interviewers), ("participants", got.participants == wanted.participants),
                          ("text", got.text == wanted.text), ("turns", got.turns == wanted.turns)]
            Issue.record("source \(wanted.id) differs in \(fields.filter { !$0.1 }.map(\.0))")
        }
        #expect(Set(back.roles.map(\.name)) == Set(study.sources.flatMap(\.participants).map(\.role)))

        // Codings: id, source, range, code, coder, memo.
        func codings(_ study: Study) -> Set<String> {
            Set(study.codings.map { "\($0.id)|\($0.sourceID)|\($0.range)|\($0.code)|\($0.coder)|\($0.memo ?? "")" })
        }
        #expect(back.codings.count == 553)
        #expect(codings(back) == codings(study))
        #expect(Set(back.coders.map(\.name)) == Set(study.coders.map(\.name)))

        // Memos on codes, cases and sources.
        #expect(imported.memos == memos)
    }

    @Test func importingTwiceGivesTheSameIDs() throws {
        let (study, memos) = try original()
        let first = try roundTrip(study, memos: memos).study
        let second = try roundTrip(first, memos: [:]).study
        #expect(second.codings.map(\.id) == first.codings.map(\.id))
        #expect(second.sources.map(\.id) == first.sources.map(\.id))
    }
}
