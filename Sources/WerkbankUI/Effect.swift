import Foundation
import WerkbankCore
import WerkbankStore

/// Work the reducer asks the runtime to do outside the state: reading or writing the project,
/// loading a theme. An effect carries everything it needs (the coder who codes, the consensus
/// coder, the matrix's filter), so running it reads nothing from the state.
public enum Effect: Hashable, Sendable {
    case loadFindings(caseID: String)
    /// Which of the loaded disagreements `consensus` has decided.
    case loadDecisions(consensus: String)
    case undo
    /// Draws every row of the next frame (Ctrl-L).
    case redraw
    /// Reads the project again for what is on screen and says what others changed (at an idle
    /// moment after others' commits; `forced` by Ctrl-L).
    case reload(forced: Bool)
    /// Hands the terminal back to the shell until `fg` (Ctrl-Z).
    case suspend
    case redo
    /// Undo (or redo) the coder's edit that someone else changed since: all the same, or
    /// (`skip`) leave it and drop it from the coder's history.
    case overrideStep(redo: Bool, skip: Bool)
    case setTheme(String)
    case loadSource(id: String)
    case addCoding(sourceID: String, range: ScalarRange, code: String, coder: String)
    case loadFragments(FragmentFilter)
    /// Waits for the Fragments screen's whole list and reads all its quotes, then runs the
    /// search (which looks in the quotes).
    case quoteFragments(then: FindRequest)
    /// The matrix, following the coders, source kinds and code combinations of `:filter`.
    case loadMatrix(MatrixAxis, MatrixMeasure, collapsed: Bool, coders: [String] = [], kinds: [SourceKind] = [],
                    combinations: [CodeCombination] = [], within: CoOccurrenceMode = .overlap,
                    attribute: String? = nil, conditions: [AttributeCondition] = [])
    /// The stretches where two coders differ, marked where `consensus` has decided them.
    case loadDisagreements(coderA: String, coderB: String, consensus: String)
    case loadAnalysis(coders: [String], unit: AgreementUnit, mode: CoOccurrenceMode)
    /// The fragments of the pairs of codings of two codes that co-occur.
    case loadPairs(String, String, CoOccurrenceMode)
    /// Writes the chosen codings to the consensus coder.
    case resolve(Disagreement, choice: String, keep: [Coding], consensus: String)
    case recode(UUID, code: String)
    case changeRange(UUID, ScalarRange)
    /// Adds a sub-code and, with `then`, uses it for what the code picker was opened for.
    case addSubcode(parent: String, short: String, colour: RGBColour, then: SubcodeUse?)
    case saveMemo(MemoEditor.Target, text: String)
    /// An attribute's value on a participant, source or case, as its type reads `value`.
    case setAttribute(name: String, target: AttributeTarget, value: String)
    case unsetAttribute(name: String, target: AttributeTarget)
    /// Removes a coding (given whole, so that the message can say what was removed).
    case removeCoding(Coding)
    /// Suspends the screen, opens the source's text in the user's editor and applies the
    /// corrected text (one undoable step; decision 58).
    case editSourceText(id: String)
    /// Opens a source in the reader with a stretch selected.
    case openSource(id: String, selecting: ScalarRange)
    /// Lists the files and folders that complete a path typed after `:import`.
    case completePath(String)
    /// Reads a transcript file (through the workbench's ``TranscriptReading``) and opens the
    /// import dialog on it.
    case readTranscript(ImportRequest)
    /// Adds an imported source with its file's checksum: one committed, undoable step.
    case importSource(Source, checksum: String, fileName: String)
    /// The synthesis grid and the conclusions.
    /// The synthesis grid and the conclusions; `byRole`, the grid with roles as columns too.
    case loadSynthesis(byRole: Bool, attribute: String? = nil)
    /// An opened cell: its fragments of these roles and coders (any when empty), findings and
    /// judgement.
    case loadCell(CellKey, roles: [String], coders: [String])
    /// A change of a finding, its evidence or a judgement: one committed, undoable step.
    case editSynthesis(SynthesisEdit)
    /// The first `limit` hits of a search (`context` words either side) and its counts per case.
    case search(TextSearch, limit: Int, context: Int)
    /// Codes the hits of a search (only those at `only`'s places, when given) as one step.
    case autocode(TextSearch, code: String, unit: AutocodeUnit, coder: String, only: Set<HitPlace>?)
    /// Every memo of every kind, for the Memos screen.
    case loadMemos
    /// A student's practice layer compared with the consensus coder.
    case loadFeedback(student: String)
    /// Every student's agreement with the consensus coder.
    case loadClass
    /// A change of a free memo: one committed, undoable step.
    case editFreeMemo(FreeMemoEdit)
}

/// A change of a free memo made on the Memos screen.
public enum FreeMemoEdit: Hashable, Sendable {
    case add(FreeMemo)
    case update(UUID, title: String, text: String)
    case remove(UUID)
}

/// A change of the synthesis made from the grid's cell view.
public enum SynthesisEdit: Hashable, Sendable {
    case addFinding(CellKey, text: String, author: String)
    case updateFinding(UUID, text: String)
    case removeFinding(UUID)
    case link(coding: UUID, finding: UUID)
    case unlink(coding: UUID, finding: UUID)
    case judge(CellKey, status: RecognitionStatus, why: String, author: String)
}

/// What a sub-code made in the code picker is for, once it exists: what the picker was opened
/// for.
public enum SubcodeUse: Hashable, Sendable {
    /// Code the reader's selection with it.
    case code(PendingCoding)
    /// Move a coding to it.
    case recode(UUID)
    /// Code the marked hits of a search with it (the unit is asked next).
    case autocode(hits: Int)
}

/// A coding to add once its code exists.
public struct PendingCoding: Hashable, Sendable {
    public var sourceID: String
    public var range: ScalarRange
    public var coder: String

    public init(sourceID: String, range: ScalarRange, coder: String) {
        self.sourceID = sourceID
        self.range = range
        self.coder = coder
    }
}
