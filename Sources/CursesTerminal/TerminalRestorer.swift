import CNCursesW

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back (cooked mode, visible cursor, main screen, mouse off) on every way
/// out of the process that can be intercepted: ``CursesTerminal/shutdown()``, `exit`,
/// SIGTERM, SIGHUP, SIGINT, and crashes (a Swift trap arrives as SIGILL or SIGTRAP).
///
/// The state is process-global because signal handlers and `atexit` hooks cannot capture.
/// ncurses is not async-signal-safe; calling `endwin` from a handler is what ncurses' own
/// handlers do, and the process ends right after.
enum TerminalRestorer {
    private struct Session {
        var screen: OpaquePointer
        var window: UnsafeMutablePointer<WINDOW>
    }

    nonisolated(unsafe) private static var session: Session?
    nonisolated(unsafe) private static var hooksInstalled = false

    /// Handlers that were in place before ours, indexed by signal number, so a crash can
    /// still reach the Swift runtime's backtracer after the terminal is restored.
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        actions.initialize(repeating: sigaction(), count: 65)
        return actions
    }()

    private static let terminationSignals = [SIGTERM, SIGHUP, SIGINT]
    private static let crashSignals = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Records the running session and installs the hooks (once per process).
    static func activate(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>) {
        session = Session(screen: screen, window: window)
        guard !hooksInstalled else { return }
        hooksInstalled = true
        _ = previousActions
        for signal in terminationSignals { install(signal, handler: handleTermination) }
        for signal in crashSignals { install(signal, handler: handleCrash) }
        atexit { TerminalRestorer.restore() }
    }

    /// Whether `screen` is the session still to be restored.
    static func isActive(_ screen: OpaquePointer) -> Bool { session?.screen == screen }

    /// The full, orderly restore; does nothing when there is no session.
    static func restore() {
        guard let current = session else { return }
        session = nil
        // Terminals without an alternate screen (vt100) would keep the last frame.
        werase(current.window)
        wrefresh(current.window)
        curs_set(1)
        endwin()
        delscreen(current.screen)
    }

    /// The minimal restore for signal context: no drawing, no freeing.
    private static func restoreFromSignal() {
        guard session != nil else { return }
        session = nil
        endwin()
    }

    private static func install(_ signal: Int32, handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_ONSTACK)
        let previous = previousActions + Int(signal)
        sigaction(signal, &action, previous)
        // A signal the parent chose to ignore (nohup) stays ignored.
        if isIgnore(previous.pointee) { sigaction(signal, previous, nil) }
    }

    private static func isIgnore(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        let handler = action.__sigaction_handler.sa_handler
        #else
        let handler = action.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static let handleTermination: @convention(c) (Int32) -> Void = { signal in
        TerminalRestorer.restoreFromSignal()
        _exit(128 + signal)
    }

    /// Restores, puts the previous handler back and returns: the faulting instruction runs
    /// again and the previous handler (or the default action) reports the crash.
    private static let handleCrash: @convention(c) (Int32) -> Void = { signal in
        TerminalRestorer.restoreFromSignal()
        sigaction(signal, TerminalRestorer.previousActions + Int(signal), nil)
    }
}
