import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

@Suite struct CaseFolderLoaderTests {
    @Test func theFixtureLoads() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        let study = try CaseFolderLoader(folder: fixture.url).load()
        #expect(study.cases.map(\.name) == ["Revalidatie 1"])
        let source = try #require(study.sources.first)
        #expect(source.date == "2023-03-14")
        #expect(source.kind == .interview)
        #expect(source.turns.map(\.speaker) == ["I", "S1"])
        #expect(source.text.scalars(in: source.turns[0].range) == "Herken je dat?")
        // A turn runs over its continuation paragraph and stops at its last non-blank line.
        #expect(source.text.scalars(in: source.turns[1].range) == "Ja, we leren van elkaar. Cliënten ook.\n\nDat merk je wel.")
        #expect(study.codings.count == 1)
        #expect(study.codings[0].range == ScalarRange(start: 22, end: 46))
        #expect(study.cases[0].respondents("Cliënten") == .notPartOfCase)
    }

    @Test func crlfLineEndsAreKeptAndCounted() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.write("cases/rev1/sources/interview.md", FixtureFolder.source.replacingOccurrences(of: "\n", with: "\r\n"))
        // The text starts after "+++\r\n"; "I: Herken je dat?\r\n" is 19 scalars, so S1's words start at 23.
        try fixture.edit("cases/rev1/codings.toml", replacing: "start = 22\nend = 46", with: "start = 23\nend = 47")
        let study = try CaseFolderLoader(folder: fixture.url).load()
        let source = try #require(study.sources.first)
        #expect(source.text.hasPrefix("I: Herken je dat?\r\nS1: "))
        #expect(source.text.scalars(in: source.turns[0].range) == "Herken je dat?")
        #expect(source.text.scalars(in: source.turns[1].range) == "Ja, we leren van elkaar. Cliënten ook.\r\n\r\nDat merk je wel.")
    }

    @Test func aByteOrderMarkIsStripped() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.write("cases/rev1/sources/interview.md", Data([0xEF, 0xBB, 0xBF]) + Data(FixtureFolder.source.utf8))
        #expect(fixture.problems() == [])
    }

    // One fixture per kind of error, each naming the file and the line or field.

    @Test func malformedTOMLNamesFileAndLine() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/case.toml", replacing: "sector = \"Revalidatie\"", with: "sector = \"Revalidatie")
        let problems = fixture.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.file == "cases/rev1/case.toml")
        #expect(problems.first?.line == 4)
        #expect(problems.first?.message.hasPrefix("is not valid TOML") == true)
    }

    @Test func unknownRoleInRespondents() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/case.toml", replacing: "Studenten = 2", with: "Studenten = 2\nDocenten = 3")
        let problem = try #require(fixture.problems().first)
        #expect(problem.description == "cases/rev1/case.toml:9: respondents.Docenten: unknown role `Docenten`; the roles of study.toml are Studenten, Cliënten")
    }

    @Test func unknownRoleOfAParticipant() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/sources/interview.md", replacing: "role = \"Studenten\"", with: "role = \"Student\"")
        let problems = fixture.problems()
        #expect(problems.contains { $0.file == "cases/rev1/sources/interview.md" && $0.line == 8 && $0.message.hasPrefix("unknown role `Student`") })
    }

    @Test func missingFieldIsNamed() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("codebook.toml", replacing: "gloss = \"culture\"\n", with: "")
        let problem = try #require(fixture.problems().first)
        #expect(problem.file == "codebook.toml")
        #expect(problem.field == "group[1].code[2].gloss")
        #expect(problem.line == 10)
        #expect(problem.message == "missing field `gloss`")
    }

    @Test func misspeltFieldIsReported() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/codings.toml", replacing: "coder = ", with: "codeur = ")
        let problems = fixture.problems()
        #expect(problems.contains { $0.file == "cases/rev1/codings.toml" && $0.message.contains("`coder`") || $0.message.contains("`codeur`") })
    }

    @Test func quoteThatDoesNotMatchItsOffsets() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/codings.toml", replacing: "start = 22\nend = 46", with: "start = 21\nend = 45")
        let problem = try #require(fixture.problems().first)
        #expect(problem.file == "cases/rev1/codings.toml")
        #expect(problem.line == 7)
        #expect(problem.field == "coding[1].quote")
        #expect(problem.message.contains("does not match the text at 21..45"))
        #expect(problem.message.contains("the quote stands at 22..46"))
    }

    @Test func offsetsPastTheEnd() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/codings.toml", replacing: "end = 46", with: "end = 4600")
        let problem = try #require(fixture.problems().first)
        #expect(problem.message.contains("is not inside the text"))
    }

    @Test func duplicateCode() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("codebook.toml", replacing: "short = \"GOC\"", with: "short = \"LOS\"")
        let problem = try #require(fixture.problems().first)
        #expect(problem.description == "codebook.toml:11: group[1].code[2].short: duplicate code `LOS`: already defined in group `elementen`")
    }

    @Test func codesNestedTooDeeplyAreRefused() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        // A chain of 101 codes under GOC (level 1): C100, the 102nd code, is the first at level 101.
        let chain = (1...101).map { level in
            "[[group.code]]\nshort = \"C\(level)\"\nname = \"c\"\ngloss = \"c\"\ncolour = \"#000000\"\nparent = \"\(level == 1 ? "GOC" : "C\(level - 1)")\"\n"
        }.joined()
        try fixture.edit("codebook.toml", replacing: "colour = \"#ff7f0e\"", with: "colour = \"#ff7f0e\"\n" + chain)
        let problem = try #require(fixture.problems().first)
        #expect(problem.field == "group[1].code[102].parent", "\(problem)")
        #expect(problem.message == "codes nest more than 100 levels deep here", "\(problem)")
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        var bytes = Data(FixtureFolder.source.utf8)
        bytes.replaceSubrange(bytes.count - 5..<bytes.count - 4, with: [0xFF])
        try fixture.write("cases/rev1/sources/interview.md", bytes)
        let problem = try #require(fixture.problems().first)
        #expect(problem.file == "cases/rev1/sources/interview.md")
        #expect(problem.line == 13)
        #expect(problem.message.hasPrefix("is not valid UTF-8"))
    }

    @Test func undeclaredSpeaker() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/sources/interview.md", replacing: "Dat merk je wel.", with: "P7: Dat merk je wel.")
        let problem = try #require(fixture.problems().first)
        #expect(problem.description == "cases/rev1/sources/interview.md:13: speaker `P7` is not declared in the header (interviewers or participant)")
    }

    @Test func moreParticipantsThanPublished() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/case.toml", replacing: "Studenten = 2", with: "Studenten = 0")
        let problem = try #require(fixture.problems().first)
        #expect(problem.file == "cases/rev1/case.toml")
        #expect(problem.message == "is 0 but the sources have 1 participants: S1")
    }

    @Test func participantsInARoleThatWasNotPartOfTheCase() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/sources/interview.md", replacing: "id = \"S1\"\nrole = \"Studenten\"", with: "id = \"S1\"\nrole = \"Studenten\"\n[[participant]]\nid = \"C1\"\nrole = \"Cliënten\"")
        let problem = try #require(fixture.problems().first)
        #expect(problem.message == "is \"-\" (not part of the case) but the sources have C1")
    }

    @Test func missingRoleInRespondents() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/case.toml", replacing: "\"Cliënten\" = \"-\"", with: "")
        let problem = try #require(fixture.problems().first)
        #expect(problem.message.hasPrefix("missing role `Cliënten`"))
    }

    @Test func unknownCodeCoderAndSource() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.write("cases/rev1/codings.toml", FixtureFolder.codings
            + "\n" + FixtureFolder.codings.replacingOccurrences(of: "\"LOS\"", with: "\"XYZ\"")
            + "\n" + FixtureFolder.codings.replacingOccurrences(of: "\"Anouk\"", with: "\"Zoë\"")
            + "\n" + FixtureFolder.codings.replacingOccurrences(of: "source = \"interview\"", with: "source = \"gone\""))
        #expect(fixture.problems().map(\.description) == [
            "cases/rev1/codings.toml:10: coding[2].code: unknown code `XYZ`",
            "cases/rev1/codings.toml:18: coding[3].coder: unknown coder `Zoë`; add it to study.toml",
            "cases/rev1/codings.toml:23: coding[4].source: unknown source `gone` in this case",
        ])
    }

    @Test func badColourAndUnknownKind() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.edit("codebook.toml", replacing: "#ff7f0e", with: "orange")
        try fixture.edit("cases/rev1/sources/interview.md", replacing: "kind = \"interview\"", with: "kind = \"podcast\"")
        let messages = fixture.problems().map(\.description)
        #expect(messages.contains("codebook.toml:14: group[1].code[2].colour: `orange` is not a colour; write #rrggbb"))
        #expect(messages.contains { $0.hasPrefix("cases/rev1/sources/interview.md:3: kind: unknown kind `podcast`") })
    }

    @Test func emptyAndHeaderlessSources() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.write("cases/rev1/sources/empty.md", "")
        try fixture.write("cases/rev1/sources/open.md", "+++\ntitle = \"x\"\n")
        let messages = fixture.problems().map(\.description)
        #expect(messages.contains("cases/rev1/sources/empty.md:1: must start with a `+++` line that opens the TOML header"))
        #expect(messages.contains("cases/rev1/sources/open.md:1: the header opened on line 1 is never closed by a `+++` line"))
    }

    @Test func aFolderThatIsNotThere() {
        let problems = CaseFolderLoader(folder: URL(fileURLWithPath: "/nonexistent/werkbank")).validate()
        #expect(problems.map(\.message) == ["is not a folder"])
    }

    @Test func sameCodingsGetTheSameGUIDsOnEveryLoad() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        let first = try CaseFolderLoader(folder: fixture.url).load().codings.map(\.id)
        let second = try CaseFolderLoader(folder: fixture.url).load().codings.map(\.id)
        #expect(first == second)
        #expect(first.first?.uuidString.dropFirst(14).first == "8")
    }
}
