/// Why a TOML file's bytes or text cannot be read, and where: the caller adds the file's name.
public struct TOMLTextError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong, phrased to follow the file's name: `is not valid TOML: …`.
    public var message: String

    /// Creates an error.
    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`, or the message alone.
    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
