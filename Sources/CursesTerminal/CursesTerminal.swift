import CNCursesW
import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ncurses terminal: the one ``TerminalBackend`` that draws on a real screen.
///
/// Call everything from one thread. Start with ``start(_:)``, draw whole ``ScreenBuffer``s
/// (only changed rows are sent), poll ``nextEvent(timeoutMilliseconds:)``, and call
/// ``shutdown()`` on the way out (a `defer` is fine; it is idempotent). Signals, `exit` and
/// crashes restore the terminal too.
public final class CursesTerminal: TerminalBackend {
    /// The colours this terminal shows, after `NO_COLOR` and ``CursesOptions/colorProfile``.
    public let colorProfile: ColorProfile

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let encoder: RowEncoder
    private var previous: ScreenBuffer?
    private var needsFullRedraw = true
    private var isShutDown = false
    private var sizeAtShutdown = (width: 0, height: 0)

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, palette: StylePalette) {
        self.screen = screen
        self.window = window
        colorProfile = palette.profile
        encoder = RowEncoder(palette: palette)
    }

    deinit { shutdown() }

    /// The checks that change nothing: standard input and output are terminals and `TERM`
    /// names one that can draw. `nil` when the workbench may try to start.
    public static func checkEnvironment() -> TerminalStartError? {
        guard isatty(0) == 1, isatty(1) == 1 else { return .notATerminal }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty || term == "dumb" { return .dumbTerminal(term) }
        return nil
    }

    /// Takes over the terminal: raw keys (Ctrl-C arrives as `.control("c")`), no echo, hidden
    /// cursor, colours and mouse as `options` and the terminal allow. Throws, leaving the
    /// terminal as it was, when it cannot work here. Sets the process locale from the
    /// environment (falling back to `C.UTF-8` for characters). One terminal at a time: shut
    /// one down before starting another.
    public static func start(_ options: CursesOptions = CursesOptions()) throws(TerminalStartError) -> CursesTerminal {
        if let problem = checkEnvironment() { throw problem }
        let term = String(cString: getenv("TERM"))
        try selectUTF8Locale()
        if let layout = EmojiProbe.measure() { DisplayWidth.terminalEmojiLayout = layout }
        // newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting.
        guard let screen = newterm(nil, wb_stdout(), wb_stdin()) else { throw .unknownTerminal(term) }
        guard wb_has_cursor_addressing() != 0, let window = wb_stdscr() else {
            endwin()
            delscreen(screen)
            throw .noCursorAddressing(term)
        }
        // raw, not cbreak: Ctrl-C must arrive as a key so the app can save or confirm first.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)

        let palette = startColors(forcing: options.colorProfile)
        if options.mouse {
            mousemask(KeyDecoder.mouseMask, nil)
            // Presses and releases as they come; no waiting to combine them into clicks.
            mouseinterval(0)
        }
        TerminalRestorer.activate(screen: screen, window: window)
        return CursesTerminal(screen: screen, window: window, palette: palette)
    }

    /// ncurses drops every non-ASCII character outside a UTF-8 locale.
    private static func selectUTF8Locale() throws(TerminalStartError) {
        setlocale(LC_ALL, "")
        if wb_codeset_is_utf8() != 0 { return }
        let codeset = String(cString: wb_codeset())
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, wb_codeset_is_utf8() != 0 { return }
        throw .noUTF8Locale(codeset)
    }

    private static func startColors(forcing forced: ColorProfile?) -> StylePalette {
        // ncurses ignores NO_COLOR; attributes (bold, reverse) stay, so selections stay visible.
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        guard !noColor, forced != ColorProfile.none, has_colors() else {
            return StylePalette(profile: .none, colors: 0, colorPairs: 0, hasDefaultColors: false)
        }
        start_color()
        let hasDefaultColors = use_default_colors() == OK
        let colors = Int(wb_colors())
        let detected: ColorProfile = colors >= 256 ? .ansi256 : (colors >= 8 ? .ansi16 : .none)
        let profile = forced.map { min($0, detected) } ?? detected
        return StylePalette(
            profile: profile, colors: colors, colorPairs: Int(wb_color_pairs()), hasDefaultColors: hasDefaultColors
        )
    }

    /// The screen size in cells.
    public var size: (width: Int, height: Int) {
        if isShutDown { return sizeAtShutdown }
        return (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Shows `buffer`: only rows that differ from the last drawn buffer are copied, except
    /// after a resize or a change of buffer size, when the screen is cleared and redrawn.
    /// Parts of the buffer beyond the screen are cut off.
    public func draw(_ buffer: ScreenBuffer) {
        guard !isShutDown else { return }
        let (width, height) = size
        let full = needsFullRedraw || previous?.width != buffer.width || previous?.height != buffer.height
        if full {
            werase(window)
            clearok(window, true)
        }
        for y in ScreenDiff.changedRows(from: full ? nil : previous, to: buffer) where y < height {
            encoder.withRow(y, of: buffer, columns: width) { cells, count in
                _ = mvwadd_wchnstr(window, Int32(y), 0, cells, count)
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
        needsFullRedraw = false
    }

    /// Clears the screen and draws every row at the next ``draw(_:)``.
    public func invalidate() {
        needsFullRedraw = true
    }

    /// Ends curses mode (the shell's screen and modes come back), stops the process with
    /// SIGTSTP under its default action, and when continued takes the terminal again and
    /// redraws every row at the next ``draw(_:)``. In raw mode Ctrl-Z is a key, not a signal,
    /// so the workbench calls this itself; ncurses' own SIGTSTP handler is set aside meanwhile
    /// so that it does not end curses a second time.
    public func suspend() {
        guard !isShutDown else { return }
        endwin()
        var stopDefault = sigaction()
        #if canImport(Glibc)
        stopDefault.__sigaction_handler.sa_handler = SIG_DFL
        #else
        stopDefault.__sigaction_u.__sa_handler = SIG_DFL
        #endif
        sigemptyset(&stopDefault.sa_mask)
        var previousAction = sigaction()
        sigaction(SIGTSTP, &stopDefault, &previousAction)
        raise(SIGTSTP)
        // Continued (fg): curses mode comes back at the next refresh.
        sigaction(SIGTSTP, &previousAction, nil)
        needsFullRedraw = true
        wrefresh(window)
    }

    /// Leaves curses mode (the screen as the shell had it), runs `body`, and comes back to
    /// curses mode at the next refresh, drawing every row.
    public func runOutside(_ body: () -> Void) {
        guard !isShutDown else { return body() }
        endwin()
        body()
        needsFullRedraw = true
        wrefresh(window)
    }

    /// The next key, mouse action or resize; `nil` after `timeoutMilliseconds` without one
    /// (a negative timeout waits for ever), and for keys the workbench does not know.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !isShutDown else { return nil }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            return KeyDecoder.event(forCharacter: code)
        case KEY_CODE_YES:
            switch Int32(bitPattern: code) {
            case KEY_RESIZE:
                needsFullRedraw = true
                let (width, height) = size
                return .resize(width: width, height: height)
            case KEY_MOUSE:
                var mouse = MEVENT()
                guard getmouse(&mouse) == OK else { return nil }
                return KeyDecoder.event(forMouse: mouse)
            case let keyCode:
                return KeyDecoder.event(forKeyCode: keyCode)
            }
        default:
            return nil
        }
    }

    /// Clears the screen and gives the terminal back as it was. Idempotent; later draws and
    /// reads do nothing.
    public func shutdown() {
        guard !isShutDown else { return }
        sizeAtShutdown = size
        isShutDown = true
        if TerminalRestorer.isActive(screen) { TerminalRestorer.restore() }
    }
}
