/// A theme file that cannot be used, with where and why: `dark.toml:12: ui.text: bad colour …`.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (as the user named it or as found in a search path), or the theme name when
    /// no file was found.
    public var file: String
    /// The line of the problem, when known (1-based).
    public var line: Int?
    /// The TOML key of the problem (`ui.text.dim`, `palette.blue`, `codes.LOS`, `inherits`).
    public var key: String?
    /// What is wrong, and what would be right.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `file:line: key: message`, leaving out the line and key when unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + message
    }
}
