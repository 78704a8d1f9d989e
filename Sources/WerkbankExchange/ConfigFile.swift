import Foundation

/// The user's settings file, `$XDG_CONFIG_HOME/werkbank/config.toml` (else
/// `~/.config/werkbank/config.toml`). Every key is optional; command-line options win.
///
/// ```toml
/// theme = "dark-256"   # a theme name or a path to a .toml theme
/// coder = "Anouk"
/// lang = "nl"          # nl or en
/// mouse = false
/// ```
public struct ConfigFile: Hashable, Sendable, Decodable {
    public var theme: String?
    public var coder: String?
    public var lang: String?
    public var mouse: Bool?

    public init(theme: String? = nil, coder: String? = nil, lang: String? = nil, mouse: Bool? = nil) {
        self.theme = theme
        self.coder = coder
        self.lang = lang
        self.mouse = mouse
    }

    /// The config folder: `$XDG_CONFIG_HOME/werkbank`, else `~/.config/werkbank`.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("werkbank")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config/werkbank")
    }

    /// The settings in `url`; no file means no settings. A broken file is an error naming the
    /// file, the line and the key.
    public static func load(_ url: URL) throws(LoadProblem) -> ConfigFile {
        guard FileManager.default.fileExists(atPath: url.path) else { return ConfigFile() }
        let text = try TextFile.read(url, as: url.path)
        let config = try TOMLDocument(name: url.path, text: text).decode(ConfigFile.self)
        if let lang = config.lang, !["nl", "en"].contains(lang) {
            throw LoadProblem(file: url.path, line: TOMLDocument(name: url.path, text: text).line(of: [TOMLFieldKey("lang")]),
                              field: "lang", message: "`\(lang)` is not a language; use nl or en")
        }
        return config
    }
}
