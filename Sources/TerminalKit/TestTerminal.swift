/// A terminal for tests: events are scripted, frames are kept. It runs an application's real
/// event loop without a screen; ``frames`` hold what a terminal would have shown and
/// ``drawnRows`` which rows it would have had to copy.
public final class TestTerminal: TerminalBackend {
    public private(set) var size: (width: Int, height: Int)
    public let colorProfile: ColorProfile
    /// Events not yet read, first first.
    public private(set) var pendingEvents: [InputEvent]
    /// Every frame drawn, in order.
    public private(set) var frames: [ScreenBuffer] = []
    /// For every frame, the rows that differed from the frame before (``ScreenDiff``).
    public private(set) var drawnRows: [[Int]] = []
    public private(set) var isShutDown = false

    /// Creates a terminal of `width` × `height` that will deliver `events`.
    public init(width: Int, height: Int, colorProfile: ColorProfile = .none, events: [InputEvent] = []) {
        size = (width, height)
        self.colorProfile = colorProfile
        pendingEvents = events
    }

    /// Queues keys to be read after the events already queued.
    public func send(_ keys: Key...) {
        pendingEvents += keys.map(InputEvent.key)
    }

    /// Queues text, one character key at a time.
    public func type(_ text: String) {
        pendingEvents += text.map { .key(.character($0)) }
    }

    /// Queues a resize; the size changes when the event is read, as with a real terminal.
    public func resize(width: Int, height: Int) {
        pendingEvents.append(.resize(width: width, height: height))
    }

    /// The last frame drawn, if any.
    public var lastFrame: ScreenBuffer? { frames.last }

    public var hasEnded: Bool { pendingEvents.isEmpty }

    public func draw(_ buffer: ScreenBuffer) {
        drawnRows.append(ScreenDiff.changedRows(from: frames.last, to: buffer))
        frames.append(buffer)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let width, let height) = event { size = (width, height) }
        return event
    }

    /// How often the application asked for a full redraw.
    public private(set) var invalidations = 0

    public func invalidate() {
        invalidations += 1
        frames.removeAll()
    }

    public func shutdown() {
        isShutDown = true
    }

    /// How often the application suspended itself (Ctrl-Z).
    public private(set) var suspensions = 0
    /// A size the terminal takes while the application is suspended, as when the user resizes
    /// the window in the shell before `fg`.
    public var sizeAfterSuspending: (width: Int, height: Int)?

    /// Counts the suspension; the next draw draws every row, as after `fg` on a real terminal.
    public func suspend() {
        suspensions += 1
        if let sizeAfterSuspending { size = sizeAfterSuspending }
        frames.removeAll()
    }
}
