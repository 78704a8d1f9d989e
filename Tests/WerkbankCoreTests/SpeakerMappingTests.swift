import Testing
@testable import WerkbankCore

/// The speaker mapping of imported transcripts, shared by `werkbank import` and `:import`.
@Suite struct SpeakerMappingTests {
    let roles = [Role(name: "Studenten", gloss: "Students", speakerPrefix: "S"),
                 Role(name: "Professionals", gloss: "Professionals", speakerPrefix: "P"),
                 Role(name: "Cliënten", gloss: "Clients", speakerPrefix: "C")]

    /// `I: …`, `Jan: …`, `S1: …`, `I: …`, `Jan: …` with the turns after the labels.
    func transcript() -> TranscriptImport {
        let text = "I: Wat leer je hier?\nJan: Samen zorgen voor de cliënten, elke dag opnieuw en met plezier.\nS1: Ik ook.\nI: Dank.\nJan: Graag."
        var turns: [Turn] = []
        var offset = 0
        for line in text.split(separator: "\n") {
            let label = String(line.prefix { $0 != ":" })
            let start = offset + label.unicodeScalars.count + 2
            turns.append(Turn(speaker: label, range: ScalarRange(start: start, end: offset + line.unicodeScalars.count)))
            offset += line.unicodeScalars.count + 1
        }
        return TranscriptImport(text: text, turns: turns, speakers: ["I", "Jan", "S1"])
    }

    @Test func implicitMappingByInterviewerNameAndRolePrefix() {
        #expect(SpeakerMapping.implicit(for: "I", roles: roles) == .interviewer("I"))
        #expect(SpeakerMapping.implicit(for: "Interviewer", roles: roles) == .interviewer("I"))
        #expect(SpeakerMapping.implicit(for: "interviewer", roles: roles) == .interviewer("interviewer"))
        #expect(SpeakerMapping.implicit(for: "S1", roles: roles) == SpeakerMapping(id: "S1", role: "Studenten"))
        #expect(SpeakerMapping.implicit(for: "P12", roles: roles) == SpeakerMapping(id: "P12", role: "Professionals"))
        #expect(SpeakerMapping.implicit(for: "X1", roles: roles) == nil, "no role has the prefix X")
        #expect(SpeakerMapping.implicit(for: "Jan", roles: roles) == nil)
        #expect(SpeakerMapping.implicit(for: "Student 2", roles: roles) == nil)
    }

    @Test func parsesTheCommandLineForm() throws {
        let (label, mapping) = try #require(SpeakerMapping.parse(" Jan = S3 : Studenten "))
        #expect(label == "Jan" && mapping == SpeakerMapping(id: "S3", role: "Studenten"))
        #expect(SpeakerMapping.parse("Onderzoeker=I:I")?.mapping == .interviewer("I"))
        #expect(SpeakerMapping.parse("Onderzoeker=R:interviewer")?.mapping.isInterviewer == true)
        for bad in ["Jan", "Jan=S3", "=S3:Studenten", "Jan=:Studenten", "Jan=S3:", "Jan:S3=Studenten"] {
            #expect(SpeakerMapping.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func unmappedSpeakersAreNamedInOrder() {
        let transcript = transcript()
        #expect(transcript.unmappedSpeakers([:], roles: roles) == ["Jan"])
        #expect(transcript.unmappedSpeakers(["Jan": SpeakerMapping(id: " ", role: "Studenten")], roles: roles) == ["Jan"],
                "a blank id is no mapping")
        #expect(transcript.unmappedSpeakers([:], roles: []) == ["Jan", "S1"], "without roles S1 implies nothing")
        #expect(throws: SpeakerMappingError.unmappedSpeakers(["Jan"])) {
            try transcript.source(id: "x", title: "X", caseID: "zorg", kind: .interview, mappings: [:], roles: roles)
        }
        #expect(SpeakerMappingError.unmappedSpeakers(["Jan", "Piet"]).description == "speakers without an id: Jan, Piet")
    }

    @Test func sourceTakesTheMappedIdsAndRoles() throws {
        let transcript = transcript()
        let source = try transcript.source(id: "gesprek", title: "Gesprek", caseID: "zorg", kind: .focusgroup, date: "2024-03-14",
                                           mappings: ["Jan": SpeakerMapping(id: "S90", role: "studenten")], roles: roles)
        #expect(source.id == "gesprek" && source.caseID == "zorg" && source.title == "Gesprek")
        #expect(source.kind == .focusgroup && source.date == "2024-03-14")
        #expect(source.interviewers == ["I"])
        #expect(source.participants == [Participant(id: "S90", role: "Studenten"), Participant(id: "S1", role: "Studenten")],
                "the study's spelling of the role")
        #expect(source.turns.map(\.speaker) == ["I", "S90", "S1", "I", "S90"])
        #expect(source.turns.map(\.range) == transcript.turns.map(\.range))
        #expect(source.text == transcript.text)
        #expect(source.text.scalars(in: source.turns[2].range) == "Ik ook.")
    }

    @Test func givenMappingsWinAndLabelsMayShareAnId() throws {
        let transcript = transcript()
        let source = try transcript.source(id: "g", title: "G", caseID: "zorg", kind: .interview,
                                           mappings: ["I": .interviewer("R1"), "Jan": SpeakerMapping(id: "P4", role: "Professionals"),
                                                      "S1": SpeakerMapping(id: "P4", role: "Cliënten")], roles: roles)
        #expect(source.interviewers == ["R1"])
        #expect(source.participants == [Participant(id: "P4", role: "Professionals")], "one id is one person; the first role wins")
        #expect(Set(source.turns.map(\.speaker)) == ["R1", "P4"])
    }

    @Test func rolesAreNamedAsEverywhere() throws {
        let source = try transcript().source(id: "g", title: "G", caseID: "zorg", kind: .interview,
                                             mappings: ["Jan": SpeakerMapping(id: "C4", role: "clienten"),
                                                        "S1": SpeakerMapping(id: "P4", role: "prof")], roles: roles)
        #expect(source.participants == [Participant(id: "C4", role: "Cliënten"), Participant(id: "P4", role: "Professionals")])
    }

    @Test func anUnknownRoleIsRefusedWithTheRoles() {
        #expect(throws: SpeakerMappingError.unknownRole("Docenten", roles: ["Studenten", "Professionals", "Cliënten"])) {
            try transcript().source(id: "g", title: "G", caseID: "zorg", kind: .interview,
                                    mappings: ["Jan": SpeakerMapping(id: "D1", role: "Docenten")], roles: roles)
        }
        #expect(SpeakerMappingError.unknownRole("Docenten", roles: ["Studenten", "Cliënten"]).description
            == "no role 'Docenten'; the roles are Studenten, Cliënten")
    }

    @Test func firstWordsAndTurnCounts() {
        let transcript = transcript()
        #expect(transcript.turnCount(of: "Jan") == 2)
        #expect(transcript.turnCount(of: "Piet") == 0)
        #expect(transcript.firstWords(of: "Jan", words: 4) == "Samen zorgen voor de …")
        #expect(transcript.firstWords(of: "S1") == "Ik ook.")
        #expect(transcript.firstWords(of: "Piet") == "")
    }

    @Test func slugsFromFileNames() {
        #expect(Source.slug("Gesprek Jan 2024") == "gesprek-jan-2024")
        #expect(Source.slug("Interview één — Cliënten!") == "interview-een-clienten")
        #expect(Source.slug("  --Focus__groep--  ") == "focus-groep")
        #expect(Source.slug("漢字") == "")
    }
}
