import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// Practice mode by key scripts (decision 61): a student codes into their own layer, sees only
/// it, is refused everything else, and reads their feedback; the teacher's class view.
@Suite struct PracticeModeTests {
    static let source = "rev1-interview-manager"

    /// A practice project (consensus Bram) and a workbench of student Lotte in practice mode.
    func practising(width: Int = 80, height: Int = 24, language: Language = .en) throws -> (Workbench, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-ui-\(UUID().uuidString)")
        let project = try Project.create(at: folder.appendingPathComponent("sample.werkbank"), from: sampleStudy)
        project.actingCoder = "Docent"
        try project.enablePractice(consensus: "Bram")
        try project.joinPractice(student: "Lotte")
        project.actingCoder = "Lotte"
        var state = AppState(language: language, readOnly: false, coder: "Lotte", projectName: "sample.werkbank",
                             theme: Theme(name: "plain"), colorProfile: .ansi16, width: width, height: height)
        state.practice = PracticeMode(student: "Lotte", consensus: "Bram")
        return (try Workbench(project: project, state: state), folder)
    }

    /// Opens the manager interview of Revalidatie 1 at the turn 2349..2819 and codes it LOS.
    func codeTheTurn(_ workbench: Workbench) throws {
        workbench.press(.down, .enter, .tab, .tab, .down, .enter)
        #expect(workbench.data.source?.id == Self.source)
        workbench.press(.character(":"))
        workbench.type("goto 2475")
        workbench.press(.enter)
        #expect(workbench.state.selection(in: workbench.data) == ScalarRange(start: 2349, end: 2819))
        workbench.press(.character("1"))
    }

    @Test func aStudentCodesOpensFeedbackAndReadsTheDifferenceAndTheMemo() throws {
        let (workbench, folder) = try practising()
        defer { try? FileManager.default.removeItem(at: folder) }
        try codeTheTurn(workbench)
        // The reader shows the student's own codings only: none of Anouk's or Bram's.
        #expect(workbench.data.sourceCodings.map(\.coder) == ["Lotte"])
        workbench.press(.character("P"))
        #expect(workbench.state.screen == .feedback)
        let items = try #require(workbench.data.feedback?.items)
        let index = try #require(items.firstIndex { $0.code == "LOS" && $0.side == .student })
        for _ in 0..<index { workbench.press(.character("j")) }
        let text = workbench.render().text
        #expect(text.contains("you coded LOS here; the consensus coded GOC, SRI"))
        #expect(text.contains("Why (Bram): Roosters en afdelingen zo ingericht: (her)inrichten."))
        // Enter opens the source at the difference.
        workbench.press(.enter)
        #expect(workbench.state.screen == .source)
        #expect(workbench.state.selection(in: workbench.data) == ScalarRange(start: 2349, end: 2819))
    }

    @Test func feedbackInDutch() throws {
        let (workbench, folder) = try practising(language: .nl)
        defer { try? FileManager.default.removeItem(at: folder) }
        try codeTheTurn(workbench)
        workbench.press(.character("P"))
        let index = try #require(workbench.data.feedback?.items.firstIndex { $0.side == .student })
        for _ in 0..<index { workbench.press(.character("j")) }
        let text = workbench.render().text
        #expect(text.contains("Feedback · Lotte vergeleken met Bram — 1 bron"))
        #expect(text.contains("jij codeerde hier LOS; de consensus codeerde GOC, SRI"))
        #expect(text.contains("Waarom (Bram): Roosters en afdelingen zo ingericht: (her)inrichten."))
        #expect(text.contains("Overeenstemming per teken"))
    }

    @Test func undoTouchesOnlyTheStudentsLayerAndFeedbackFollows() throws {
        let (workbench, folder) = try practising()
        defer { try? FileManager.default.removeItem(at: folder) }
        try codeTheTurn(workbench)
        workbench.press(.character("P"))
        #expect(workbench.data.feedback?.items.contains { $0.side == .student } == true)
        workbench.press(.character("u"))
        #expect(try workbench.project.codings(inSource: Self.source, coder: "Lotte").isEmpty)
        #expect(try workbench.project.codings(inSource: Self.source).count == sampleStudy.codings.filter { $0.sourceID == Self.source }.count)
        // Nothing of Lotte's is left to compare: the feedback says so.
        #expect(workbench.data.feedback?.agreement.isEmpty == true)
        #expect(workbench.render().text.contains("Nothing to compare yet: code a source that Bram coded"))
        workbench.press(.character("u"))
        #expect(workbench.state.message?.text == Text.messageNothingToUndo.string(.en), "the sample's codings are not Lotte's to undo")
    }

    @Test func aStudentIsRefusedOthersCodingsAndEveryOtherEdit() throws {
        let (workbench, folder) = try practising(width: 120, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        for key in ["6", "7", "8", "9", "f", "M"] {
            workbench.press(.character(Character(key)))
            #expect(workbench.state.screen == .cases, "\(key) shows others' codings")
            #expect(workbench.state.message?.text.contains("While practising") == true)
        }
        workbench.press(.character("k"))
        let screen = workbench.render().text
        #expect(!screen.contains("Matrix"), "no tab of a hidden screen")
        #expect(screen.contains("1-5 screens  P feedback"), "the hint bar hints the screens a student sees, and P")
        // The case's memo and the source's memo are not the student's to write.
        workbench.press(.enter, .character("m"))
        #expect(workbench.state.modal == nil)
        #expect(workbench.state.message?.text.contains("only your own codings and their memos") == true)
        workbench.press(.character(":"))
        workbench.type("memo LOS")
        workbench.press(.enter)
        #expect(workbench.state.modal == nil)
        #expect(workbench.state.message?.text.contains("memos on sources, cases, codes or the project") == true)
        // Nor the Findings tab, which quotes others' codings.
        for _ in CaseTab.allCases { workbench.press(.tab); #expect(workbench.state.studyCase.tab != .findings) }
        // A sub-code from the picker is a codebook edit.
        workbench.press(.escape, .down, .enter, .tab, .tab, .down, .enter)
        #expect(workbench.data.source?.id == Self.source)
        workbench.press(.character("c"))
        workbench.type("leider")
        workbench.press(.tab)
        workbench.type("LeA-EIGEN #aabbcc")
        workbench.press(.enter)
        #expect(workbench.state.message?.text.contains("the codebook") == true)
        #expect(!(try workbench.project.study().codebook.codes.contains { $0.short == "LeA-EIGEN" }))
        #expect(try workbench.project.codings(inSource: Self.source, coder: "Lotte").isEmpty)
    }

    /// Another student's coding in the same source, committed elsewhere, is neither shown nor
    /// told; the open feedback follows the consensus coder's new coding.
    @Test func othersCommitsStayOutOfAStudentsView() throws {
        let (workbench, folder) = try practising()
        defer { try? FileManager.default.removeItem(at: folder) }
        try codeTheTurn(workbench)
        let other = try Project.open(at: workbench.project.url)
        try other.joinPractice(student: "Sem")
        other.actingCoder = "Sem"
        try other.addCoding(source: Self.source, range: ScalarRange(start: 82, end: 407), code: "VOR", coder: "Sem")
        #expect(workbench.watch())
        #expect(workbench.data.sourceCodings.map(\.coder) == ["Lotte"])
        #expect(workbench.state.message?.text.contains("Sem") != true, "no word of what Sem coded")
        #expect(!workbench.render().text.contains("Sem"))
        workbench.press(.character("P"))
        let before = try #require(workbench.data.feedback?.items.count)
        other.actingCoder = "Bram"
        try other.addCoding(source: Self.source, range: ScalarRange(start: 3, end: 76), code: "VOR", coder: "Bram", memo: "Vraag naar de rol")
        #expect(workbench.watch())
        #expect(workbench.data.feedback?.items.count == before + 1)
        #expect(workbench.data.feedback?.items.first?.explanation == ["Vraag naar de rol"])
    }

    @Test func feedbackSnapshot80x24() throws {
        let (workbench, folder) = try practising()
        defer { try? FileManager.default.removeItem(at: folder) }
        try codeTheTurn(workbench)
        workbench.press(.character("P"))
        let index = try #require(workbench.data.feedback?.items.firstIndex { $0.side == .student })
        for _ in 0..<index { workbench.press(.character("j")) }
        expectScreen(workbench, "feedback-80x24", Self.feedback80x24)
    }

    @Test func theTeachersClassViewSnapshot80x24() throws {
        let (student, folder) = try practising()
        defer { try? FileManager.default.removeItem(at: folder) }
        try codeTheTurn(student)
        let project = try Project.open(at: student.project.url)
        try project.joinPractice(student: "Sem")
        try project.addCoding(source: Self.source, range: ScalarRange(start: 2475, end: 2580), code: "SRI", coder: "Sem")
        let state = AppState(language: .en, readOnly: false, coder: "Docent", projectName: "sample.werkbank",
                             theme: Theme(name: "plain"), colorProfile: .ansi16)
        let teacher = try Workbench(project: project, state: state)
        teacher.press(.character("P"))
        #expect(teacher.state.screen == .practiceClass)
        #expect(teacher.data.classAgreement?.rows.map(\.student) == ["Lotte", "Sem"])
        expectScreen(teacher, "class-80x24", Self.class80x24)
        teacher.press(.character("m"))
        #expect(teacher.state.practiceFigure == .alpha)
        #expect(teacher.render().text.contains("Agreement with Bram per element (α)"))
        // The Disagreements screen works on a student's layer as it is, when the teacher names it;
        // by default it compares researchers only.
        teacher.press(.character("7"))
        #expect(teacher.state.disagreements.coders == ["Anouk", "Bram"])
        teacher.press(.character(":"))
        teacher.type("disagreements Lotte Bram")
        teacher.press(.enter)
        #expect(teacher.state.screen == .disagreements)
        #expect(teacher.data.disagreements.contains { $0.code == "LOS" && $0.range == ScalarRange(start: 2349, end: 2819) })
    }

    @Test func outsideAPracticeProjectPSaysSo() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("P"))
        #expect(workbench.state.screen == .cases)
        #expect(workbench.state.message?.text.contains("Not a practice project") == true)
    }

    static let feedback80x24 = """
        1 Cases │ 2 Case │ 3 Respondents │ 4 Model │ 5 Help │ Feedback
        ┌ Feedback · Lotte compared with Bram — 1 source ──────────────────────────────┐
        │ Agreement by character    LOS    GOC    LeA    VMM    VOR    SRI      ∑      │
        │                      %   0.87   0.94   0.97   0.91   0.98   0.96   0.94      │
        │                      κ  -0.07   0.00   0.00   0.00   0.00   0.00  -0.02      │
        │                      α  -0.07  -0.03  -0.01  -0.05  -0.01  -0.02  -0.03      │
        │                                                                              │
        │ 21 differences                                                               │
        │ LOS  rev1-interview-manager  1591..1852                                      │
        │   the consensus coded LOS here; you coded nothing                            │
        │   “En wat ik heel mooi vind: de studenten fysio en ergo behandelen samen. Ze │
        │   (Bram wrote no memo here)                                                  │
        │ KWA-SAMEN  rev1-interview-manager  2009..2050                                │
        │   the consensus coded KWA-SAMEN here; you coded nothing                      │
        │   “Ook de twee hogescholen leren van elkaar.”                                │
        │   Why (Bram): Opbrengst: verbeterde samenwerking tussen de hogescholen.      │
        │ LOS  rev1-interview-manager  2349..2819                                      │
        │   you coded LOS here; the consensus coded GOC, SRI                           │
        │   “Ja. Kijk, ik denk dat we de omstandigheden zo gemaakt hebben dat mensen we│
        │   Why (Bram): Roosters en afdelingen zo ingericht: (her)inrichten.           │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         FEEDBACK  sample.werkbank · coder Lotte · practice                      ? help
         ↑↓ move  Enter open  Esc back  1-5 screens  P feedback  : command  ? help
        """

    static let class80x24 = """
        1│2│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.│Class
        ┌ Class · Agreement with Bram per element (κ) ─────────────────────────────────┐
        │ Student  Sources    LOS   GOC   LeA   VMM   VOR   SRI      ∑                 │
        │ Lotte          1  -0.07  0.00  0.00  0.00  0.00  0.00  -0.02                 │
        │ Sem            1   0.00  0.00  0.00  0.00  0.00  0.59   0.10                 │
        │                                                                              │
        │ Sources: those each student and Bram both coded. ∑: every element pooled.    │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         CLASS  sample.werkbank · coder Docent                                   ? help
         ↑↓ move  m figure  ←→ column  Esc back  1-8 f 9 screens  : command  ? help
        """
}
