import Testing
@testable import WerkbankCore

/// One way of naming cases, roles, coders and sources, for the command line and the workbench.
@Suite struct NameResolverTests {
    static let cases = [
        Case(id: "jeugdzorg", number: 1, name: "Jeugdzorg", tableLabel: "Jeugdgezondheid", sector: "", institutions: [],
             description: "", respondents: [:]),
        Case(id: "revalidatie-1", number: 2, name: "Revalidatie 1", tableLabel: "Zorg 1", sector: "", institutions: [],
             description: "", respondents: [:]),
        Case(id: "sociale-zorg", number: 3, name: "Sociale zorg", tableLabel: "Sociale studies", sector: "", institutions: [],
             description: "", respondents: [:]),
        Case(id: "revalidatie-2", number: 4, name: "Revalidatie 2", tableLabel: "Zorg 2", sector: "", institutions: [],
             description: "", respondents: [:]),
    ]
    static let roles = [
        Role(name: "Studenten", gloss: "students", speakerPrefix: "S"),
        Role(name: "Management", gloss: "management", speakerPrefix: "M"),
        Role(name: "Cliënten", gloss: "clients", speakerPrefix: "C"),
    ]
    let names = NameResolver(cases: cases, roles: roles, coders: ["Anouk", "Bram"],
                             sources: [SourceName(id: "rev1-interview-manager", title: "Interview manager"),
                                       SourceName(id: "rev1-focusgroep-clienten", title: "Focusgroep cliënten")])

    @Test func aCaseByEveryNameFoldedOrNot() throws {
        for name in ["revalidatie-1", "2", "Revalidatie 1", "Zorg 1", "zorg1", "REVALIDATIE1", " Zorg 1 ", "ｚｏｒｇ１"] {
            #expect(try names.case(name).id == "revalidatie-1", "\(name)")
        }
        #expect(try names.case("sociale studies").id == "sociale-zorg")
    }

    @Test func theStartOfOneNameIsEnoughWhenOnlyOneThingHasIt() throws {
        #expect(try names.case("jeugd").id == "jeugdzorg")
        #expect(try names.case("soc").id == "sociale-zorg")
        #expect(try names.role("stud").name == "Studenten")
        #expect(try names.coder("br") == "Bram")
        #expect(try names.source("rev1-interview").id == "rev1-interview-manager")
    }

    @Test func aNameThatFitsSeveralThingsListsThem() {
        #expect(throws: NameError(kind: .case, name: "zorg", problem: .ambiguous,
                                  candidates: ["Revalidatie 1 (Zorg 1)", "Revalidatie 2 (Zorg 2)"])) {
            try names.case("zorg")
        }
        #expect(throws: NameError(kind: .source, name: "rev1", problem: .ambiguous,
                                  candidates: ["rev1-interview-manager", "rev1-focusgroep-clienten"])) {
            try names.source("rev1")
        }
        let error = NameError(kind: .case, name: "revalidatie", problem: .ambiguous,
                              candidates: ["Revalidatie 1 (Zorg 1)", "Revalidatie 2 (Zorg 2)"])
        #expect(error.description == "'revalidatie' could be more than one case: Revalidatie 1 (Zorg 1), Revalidatie 2 (Zorg 2)")
    }

    @Test func anUnknownNameListsEverything() {
        do throws(NameError) {
            _ = try names.case("Zorg 9")
            Issue.record("Zorg 9 is not a case")
        } catch {
            #expect(error.problem == .unknown)
            #expect(error.description == "no case named 'Zorg 9'; the cases are Jeugdzorg (Jeugdgezondheid), "
                + "Revalidatie 1 (Zorg 1), Sociale zorg (Sociale studies), Revalidatie 2 (Zorg 2)")
        }
        #expect(throws: NameError(kind: .coder, name: "Nobody", problem: .unknown, candidates: ["Anouk", "Bram"])) {
            try names.coder("Nobody")
        }
        #expect((try? names.role("Managers")) == nil)
        #expect((try? names.coder("")) == nil)
        #expect((try? names.coder("-")) == nil)
    }

    @Test func rolesByNameOrGlossWithoutDiacritics() throws {
        #expect(try names.role("clienten").name == "Cliënten")
        #expect(try names.role("Clients").name == "Cliënten")
        #expect(try names.role("MANAGEMENT").name == "Management")
    }

    /// Issue 11: coders are named in any case.
    @Test func codersInAnyCase() throws {
        #expect(try names.coder("anouk") == "Anouk")
        #expect(try names.coder("BRAM") == "Bram")
    }

    @Test func sourcesByIdOrTitle() throws {
        #expect(try names.source("Focusgroep clienten").id == "rev1-focusgroep-clienten")
        #expect(try names.source("REV1-INTERVIEW-MANAGER").id == "rev1-interview-manager")
    }

    @Test func aWholeNameWinsOverTheStartOfAnother() throws {
        let coders = NameResolver(coders: ["Ann", "Anna"])
        #expect(try coders.coder("ann") == "Ann")
        #expect((try? coders.coder("an")) == nil)
    }

    @Test func theNameAsWrittenWinsOverAFoldedOne() throws {
        let coders = NameResolver(coders: ["anouk", "Anouk"])
        #expect(try coders.coder("Anouk") == "Anouk")
        #expect(try coders.coder("anouk") == "anouk")
        #expect(throws: NameError(kind: .coder, name: "ANOUK", problem: .ambiguous, candidates: ["anouk", "Anouk"])) {
            try coders.coder("ANOUK")
        }
    }

    @Test func anIdWinsOverAnotherThingsTitle() throws {
        let sources = NameResolver(sources: [SourceName(id: "a", title: "b"), SourceName(id: "b", title: "c")])
        #expect(try sources.source("b").id == "b")
        #expect(try sources.source("c").id == "b")
    }

    @Test func theStudyFindsCasesTheSameWay() {
        let study = Study(title: "T", roles: Self.roles, codebook: Codebook(groups: []), cases: Self.cases)
        #expect(study.findCase("jeugd")?.id == "jeugdzorg")
        #expect(study.findCase("zorg") == nil)
        #expect(study.findCase("4")?.id == "revalidatie-2")
    }
}
