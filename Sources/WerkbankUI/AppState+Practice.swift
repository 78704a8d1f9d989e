import TerminalKit
import WerkbankCore

/// A workbench in practice mode: the student whose layer it codes into, and the consensus
/// coder the feedback compares it with (decision 61).
public struct PracticeMode: Hashable, Sendable {
    public var student: String
    public var consensus: String

    public init(student: String, consensus: String) {
        self.student = student
        self.consensus = consensus
    }
}

extension AppState {
    /// The screens a student does not see while practising: each shows others' codings.
    static let hiddenWhilePractising: Set<ScreenKind> = [.fragments, .matrix, .disagreements, .analysis, .synthesis, .synthesisCell,
                                                         .memos, .practiceClass]

    /// The edits a student makes while practising: their own codings, their memos, undo and redo.
    static let practiceEdits: Set<Action> = [.code1, .code2, .code3, .code4, .code5, .code6, .uncode, .pickCode, .removeCoding,
                                             .recode, .memo, .growCoding, .shrinkCoding, .fitCoding, .undo, .redo]

    /// `P`: a student's feedback while practising; for anyone else in a practice project, the
    /// class's agreement per element.
    mutating func openPractice(data: WorkbenchData) -> [Effect] {
        if let practice {
            lists[.feedback] = ListState()
            go(to: .feedback)
            return [.loadFeedback(student: practice.student)]
        }
        guard data.practiceSetup != nil else {
            message = StatusMessage(text: text(.messageNotPracticeProject), isError: true)
            return []
        }
        go(to: .practiceClass)
        return [.loadClass]
    }

    /// Whether `action` is refused while practising; says why when it is.
    mutating func refusedWhilePractising(_ action: Action) -> Bool {
        guard practice != nil else { return false }
        if let target = action.targetScreen, Self.hiddenWhilePractising.contains(target) {
            message = StatusMessage(text: Text.messagePractiseHidden.string(language, text(target.title)), isError: true)
            return true
        }
        // `m` writes a memo on the chosen coding in the reader; elsewhere it is a case's memo.
        if action.edits && (!Self.practiceEdits.contains(action) || action == .memo && screen != .source) {
            message = StatusMessage(text: Text.messagePractiseRefused.string(language, ActionTable.name(of: action, on: screen, language)),
                                    isError: true)
            return true
        }
        return false
    }

    /// The effects a student's key may have: everything that reads, and writes of their own
    /// codings and their memos only. A key that reaches another write (a sub-code from the
    /// picker, a memo on a source, `:import`) is refused with a message, and nothing runs.
    mutating func keepPractising(_ effects: [Effect]) -> [Effect] {
        guard let practice else { return effects }
        for effect in effects {
            if let what = Self.refusedWrite(effect, student: practice.student) {
                message = StatusMessage(text: Text.messagePractiseRefused.string(language, language == .nl ? what.nl : what.en), isError: true)
                return []
            }
        }
        return effects
    }

    /// What a write a student may not make changes, in words (English, Dutch); `nil` for an
    /// effect a student may run.
    static func refusedWrite(_ effect: Effect, student: String) -> (en: String, nl: String)? {
        switch effect {
        case .addCoding(_, _, _, let coder), .autocode(_, _, _, let coder, _):
            return coder == student ? nil : ("codings of others", "coderingen van anderen")
        case .resolve: return ("decisions on disagreements", "besluiten over verschillen")
        case .addSubcode: return ("the codebook", "het codeboek")
        case .setAttribute, .unsetAttribute: return ("attributes", "kenmerken")
        case .importSource, .readTranscript: return ("imports", "importeren")
        case .editSynthesis: return ("findings and judgements", "bevindingen en oordelen")
        case .editFreeMemo: return ("free memos", "vrije memo's")
        case .saveMemo(let target, _):
            if case .coding = target { return nil }
            return ("memos on sources, cases, codes or the project", "memo's bij bronnen, casussen, codes of het project")
        default: return nil
        }
    }

    /// In practice mode, the Case screen's tabs without Findings (which quotes others' codings).
    func tabShown(_ tab: CaseTab) -> Bool { practice == nil || tab != .findings }
}

extension WorkbenchData {
    /// The study's coders but the students practising: the pair the Disagreements and Analysis
    /// screens compare unless told otherwise (`:disagreements A B` still takes a student).
    var researchCoders: [String] {
        let students = Set(practiceSetup?.students ?? [])
        return study.coders.map(\.name).filter { !students.contains($0) }
    }
}
