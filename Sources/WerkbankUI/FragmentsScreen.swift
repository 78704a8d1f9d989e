import TerminalKit
import WerkbankCore

/// Every fragment of the filter, with its speaker, role, case and quote.
struct FragmentsScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, limits: inout [String: Int]) {
        _ = state.frame(state.text(.screenFragments)).render(into: &buffer, area: area)
    }
}
