import Foundation
import WerkbankCore

/// Work the reducer asks the runtime to do outside the state: reading or writing the project,
/// loading a theme. The runtime feeds the outcome back into the state.
public enum Effect: Hashable, Sendable {
    case loadFindings(caseID: String)
    case undo
    case redo
    case setTheme(String)
    case loadSource(id: String)
    case addCoding(sourceID: String, range: ScalarRange, code: String)
    case loadFragments(FragmentFilter)
    case loadMatrix(MatrixAxis, MatrixMeasure, collapsed: Bool)
    case loadDisagreements(coderA: String, coderB: String)
    case loadAnalysis(coders: [String], unit: AgreementUnit, mode: CoOccurrenceMode)
    /// The fragments of the pairs of codings of two codes that co-occur.
    case loadPairs(String, String, CoOccurrenceMode)
    /// Writes the chosen codings to the consensus coder.
    case resolve(Disagreement, choice: String, keep: [Coding])
    case recode(UUID, code: String)
    case changeRange(UUID, ScalarRange)
    case addSubcode(parent: String, short: String, colour: RGBColour, coding: ScalarRange?)
    case saveMemo(MemoEditor.Target, text: String)
    case removeCoding(UUID)
    /// Opens a source in the reader with a stretch selected.
    case openSource(id: String, selecting: ScalarRange)
    /// Reads a transcript file (through the workbench's ``TranscriptReading``) and opens the
    /// import dialog on it.
    case readTranscript(ImportRequest)
    /// Adds an imported source with its file's checksum: one committed, undoable step.
    case importSource(Source, checksum: String, fileName: String)
}
