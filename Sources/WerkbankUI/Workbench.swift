import Foundation
import TerminalKit
import WerkbankCore
import WerkbankStore

/// The running workbench: state, data and the project, without a terminal. Events go in
/// (``handle(_:)``), frames come out (``render()``); effects such as undo run against the
/// project before the next frame, so the screen never shows an edit that is not stored.
public final class Workbench {
    public internal(set) var state: AppState
    public internal(set) var data: WorkbenchData
    public let project: Project
    /// Whether an event came since the log was last found all in the project file.
    private var checkpointDue = true
    let themeLoader: ThemeLoader?
    /// Reads transcript files for `:import`; without one, `:import` says to use `werkbank import`.
    let readTranscript: TranscriptReading?
    /// Where `:import` looks for relative paths and `~`.
    let currentDirectory: String
    let homeDirectory: String
    /// Set by Ctrl-L: the loop has the terminal draw every row of the next frame.
    var redrawRequested = false
    /// Set by Ctrl-Z: the loop hands the terminal back to the shell until `fg`.
    var suspendRequested = false
    /// What is known of others' commits (the live view).
    var live = LiveWatch()
    /// This workbench's entry among those who have the project open, once announced.
    var presence: ProjectPresence?
    /// Whether the loop looks for other workbenches (the running app does; most tests do not).
    var watchesPresence = false
    /// What was selected when the live view began to read the project again; put back by
    /// identity once every effect of that reading has run.
    var keptSelections: KeptSelections?
    /// Runs the user's editor on a source's text for `E` in the reader; without one (or
    /// without ``parseTranscript``), `E` says to use `werkbank edit`.
    public var editText: TextEditing?
    /// The import's transcript parser, which reads the turns of a corrected text again.
    public var parseTranscript: (@Sendable (String) -> TranscriptImport)?
    /// The Fragments screen's whole list, while it is read on another thread; one replaced or
    /// dropped stops.
    var fragmentListRead: FragmentListRead? {
        willSet { if newValue !== fragmentListRead { fragmentListRead?.cancel() } }
    }
    /// The terminal the loop runs on, which the editor borrows.
    weak var terminal: (any TerminalBackend)?

    public init(project: Project, state: AppState, themeLoader: ThemeLoader? = nil, readTranscript: TranscriptReading? = nil,
                currentDirectory: String = FileManager.default.currentDirectoryPath,
                homeDirectory: String = NSHomeDirectory()) throws(ProjectError) {
        self.project = project
        self.state = state
        self.themeLoader = themeLoader
        self.readTranscript = readTranscript
        self.currentDirectory = currentDirectory
        self.homeDirectory = homeDirectory
        data = try WorkbenchData.load(from: project)
        // Checkpoints wait for an idle moment (``idle()``), not for the commit of a key press.
        if !state.readOnly { try project.deferCheckpoints() }
        startWatching()
    }

    deinit {
        fragmentListRead?.cancel()
    }

    /// Applies one terminal event: the reducer changes the state, then its effects run.
    public func handle(_ event: InputEvent) {
        checkpointDue = true
        // Others' commits up to now are taken first, so that the rows of this event's own
        // edits are not reported as theirs.
        noteOthers()
        run(state.handle(event, data: data))
        passOwnEdits()
        movePresence()
    }

    /// Runs the workbench on a terminal until the user quits (or a scripted terminal runs out
    /// of events): draws a frame whenever something changed, then waits for the next event.
    /// The same loop runs on the curses terminal and on ``TestTerminal``.
    public func run(on terminal: TerminalBackend, pollMilliseconds: Int = 250) {
        var dirty = true
        self.terminal = terminal
        while !state.shouldQuit {
            if suspendRequested {
                suspendRequested = false
                terminal.suspend()
                // The terminal may have been resized while the workbench was stopped.
                let size = terminal.size
                if size.width != state.width || size.height != state.height {
                    handle(.resize(width: size.width, height: size.height))
                }
                dirty = true
            }
            if redrawRequested {
                terminal.invalidate()
                redrawRequested = false
            }
            if dirty {
                terminal.draw(render())
                dirty = false
            }
            // While the fragments are read, the loop looks for them often.
            let event = terminal.nextEvent(timeoutMilliseconds: fragmentListRead == nil ? pollMilliseconds : 20)
            if takeFragmentList(waiting: false) { dirty = true }
            guard let event else {
                if terminal.hasEnded { return }
                if watch() { dirty = true }
                if lookAround() { dirty = true }
                idle()
                continue
            }
            handle(event)
            dirty = true
        }
    }

    /// What is done while no key comes: the write-ahead log of the edits since the last idle
    /// moment goes into the project file (``Project/checkpoint()``), off the key path. Returns
    /// the pages left in the log (0: all are in the file).
    @discardableResult
    public func idle() -> Int {
        guard !state.readOnly, checkpointDue else { return 0 }
        // A failed checkpoint loses nothing (the log keeps the commits); the next idle moment
        // tries again. Once all is in the file, nothing is tried until the next event.
        let left = (try? project.checkpoint()) ?? 1
        checkpointDue = left > 0
        return left
    }

    /// Presses keys one after another (what key-script tests do). After each, what is read
    /// on another thread is waited for (``settle()``), so that a script sees what the screen
    /// would show once the loop has it.
    public func press(_ keys: Key...) {
        for key in keys {
            handle(.key(key))
            settle()
        }
    }

    /// Types text, one character key at a time.
    public func type(_ text: String) {
        for character in text {
            handle(.key(.character(character)))
            settle()
        }
    }

    /// Waits for what is read on another thread (the Fragments screen's whole list) and puts
    /// it in place, as the loop does once it is read.
    public func settle() {
        takeFragmentList(waiting: true)
    }

    /// The current frame. Records how far text views can scroll.
    public func render() -> ScreenBuffer {
        let (buffer, feedback) = Renderer(state: state, data: data).render()
        state.reduce(rendered: feedback)
        return buffer
    }

    /// Runs effects one after another; each result goes back through the reducer, which may
    /// ask for more (reading again what an edit changed).
    func run(_ effects: [Effect]) {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            let results: [EffectResult]
            do {
                results = try perform(effect)
            } catch {
                results = [.failed("\(error)")]
            }
            for result in results { pending += state.reduce(result: result, data: data) }
        }
        if let kept = keptSelections {
            keptSelections = nil
            kept.restore(in: &state, data: data)
        }
        readFragmentQuotesOnScreen()
    }
}
