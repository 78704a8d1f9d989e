import TerminalKit

/// How ``CursesTerminal/start(_:)`` sets up the terminal.
public struct CursesOptions: Sendable {
    /// Report mouse clicks and the wheel. Off leaves the terminal's own text selection alone.
    public var mouse: Bool = true
    /// Forces a colour profile, for example `.none` for a monochrome theme; `nil` detects it.
    /// A forced profile never goes beyond what the terminal can show.
    public var colorProfile: ColorProfile? = nil

    public init(mouse: Bool = true, colorProfile: ColorProfile? = nil) {
        self.mouse = mouse
        self.colorProfile = colorProfile
    }
}
