/// A real terminal: the one place that draws and reads keys. The curses backend implements it;
/// tests drive the app without one.
public protocol TerminalBackend: AnyObject {
    /// The screen size in cells.
    var size: (width: Int, height: Int) { get }
    /// The colours this terminal can show (after `NO_COLOR` and the user's choice).
    var colorProfile: ColorProfile { get }
    /// Shows `buffer`, copying only what changed since the last call.
    func draw(_ buffer: ScreenBuffer)
    /// The next event, or `nil` after `timeoutMilliseconds` without one.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Restores the terminal; safe to call more than once.
    func shutdown()
}
