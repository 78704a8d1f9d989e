/// A real terminal: the one place that draws and reads keys. The curses backend implements it;
/// ``TestTerminal`` runs the same loop on buffers.
public protocol TerminalBackend: AnyObject {
    /// The screen size in cells.
    var size: (width: Int, height: Int) { get }
    /// The colours this terminal can show (after `NO_COLOR` and the user's choice).
    var colorProfile: ColorProfile { get }
    /// Whether no event will ever come again (a scripted terminal that has run out); a real
    /// terminal never ends by itself.
    var hasEnded: Bool { get }
    /// Shows `buffer`, copying only what changed since the last call.
    func draw(_ buffer: ScreenBuffer)
    /// The next event, or `nil` after `timeoutMilliseconds` without one.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Restores the terminal; safe to call more than once.
    func shutdown()
    /// Makes the next ``draw(_:)`` draw every row, whatever is on the screen (Ctrl-L, after
    /// another program wrote over it).
    func invalidate()
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z, as SIGTSTP does);
    /// returns when the shell continues it (`fg`), with the terminal taken over again. The
    /// next ``draw(_:)`` draws every row.
    func suspend()
    /// Gives the terminal to another program for the time `body` runs (the user's editor) and
    /// takes it back after; the next ``draw(_:)`` draws every row.
    func runOutside(_ body: () -> Void)
}

extension TerminalBackend {
    public var hasEnded: Bool { false }
    public func invalidate() {}
    public func suspend() {}
    public func runOutside(_ body: () -> Void) { body() }
}
