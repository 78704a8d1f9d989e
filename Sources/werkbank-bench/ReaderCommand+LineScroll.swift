import TerminalKit
import WerkbankUI

/// Line scrolling in a turn that does not fit the view (issue 11, item 3): `j`/`k` inside the
/// turn, and Ctrl-E/Ctrl-Y over the whole text, each from the key press to the finished frame.
struct LineScrollTimes {
    /// `j` and `k` that scrolled the view one line and left the long turn selected.
    var jk: [Double] = []
    /// Ctrl-E and Ctrl-Y that scrolled the view one line.
    var ctrl: [Double] = []
    /// The rows of the long turn at the bench's width, and the view's height.
    var turnRows = 0
    var viewRows = 0

    /// Sweeps down and up through the long turn (the source's second) with `j`/`k` until
    /// `presses` of them have scrolled, then through the text with Ctrl-E/Ctrl-Y. A key that
    /// moved to another turn instead (at the turn's ends) is not counted: it is the turn-by-turn
    /// figure measured elsewhere.
    static func measure(_ workbench: Workbench, presses: Int) throws -> LineScrollTimes {
        var times = LineScrollTimes()
        workbench.press(.character("j"))
        _ = workbench.render()
        guard workbench.state.list(.units).selected == 1, let text = workbench.state.feedback.sourceText,
              let rows = text.selectedRows else { throw BenchFailure("j did not select the long turn") }
        times.turnRows = rows.count
        times.viewRows = text.area.height
        guard rows.count > text.area.height else { throw BenchFailure("the long turn fits the view: \(rows.count) rows") }

        /// Presses `key`, timed to the frame; the time when the view moved one line.
        func timedLine(_ key: Key, keepingTurn: Bool) -> Double? {
            let before = workbench.state.feedback.sourceText?.firstRow ?? 0
            let (_, seconds) = Measure.time { () -> ScreenBuffer in
                workbench.press(key)
                return workbench.render()
            }
            let after = workbench.state.feedback.sourceText?.firstRow ?? 0
            guard abs(after - before) == 1, !keepingTurn || workbench.state.list(.units).selected == 1 else { return nil }
            return seconds * 1000
        }

        var down = true
        var stalled = 0
        while times.jk.count < presses {
            if let ms = timedLine(.character(down ? "j" : "k"), keepingTurn: true) {
                times.jk.append(ms)
                stalled = 0
                continue
            }
            // At an end of the turn: back onto it, and the other way.
            if workbench.state.list(.units).selected != 1 {
                workbench.press(.character(down ? "k" : "j"))
                _ = workbench.render()
            }
            down.toggle()
            stalled += 1
            if stalled > 2 { throw BenchFailure("j/k no longer scroll the long turn") }
        }
        down = true
        stalled = 0
        while times.ctrl.count < presses {
            if let ms = timedLine(.control(down ? "e" : "y"), keepingTurn: false) {
                times.ctrl.append(ms)
                stalled = 0
                continue
            }
            down.toggle()
            stalled += 1
            if stalled > 2 { throw BenchFailure("Ctrl-E/Ctrl-Y no longer scroll") }
        }
        return times
    }
}
