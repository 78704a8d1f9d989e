import Foundation
import TOMLGuard

/// Reads themes from TOML files in the style of helix.
///
/// ```toml
/// inherits = "default"                # optional: a theme read first, then overridden
///
/// "ui.text" = "white"                 # a colour alone is the foreground
/// "ui.selection" = { fg = "black", bg = "accent", modifiers = ["bold"] }
///
/// [palette]                           # names for colours, usable above
/// accent = "#5f87af"
///
/// [codes]                             # colours for codes, by short name
/// LOS = "blue"
/// ```
///
/// A colour is a palette name, an ANSI name (`black` … `white`, `light-black` or `gray` …
/// `light-white`), `#rrggbb`, a number 0–255 (an indexed colour), or `default`. Modifiers are
/// `bold`, `dim`, `italic`, `underline` and `reverse`. Every scope must be one of
/// `knownScopes` or an ancestor of one.
public struct ThemeLoader: Sendable {
    /// Folders searched in order for `NAME.toml`.
    public var searchPaths: [URL]
    /// The scopes the application uses.
    public var knownScopes: Set<String>

    /// Creates a loader.
    public init(searchPaths: [URL], knownScopes: Set<String>) {
        self.searchPaths = searchPaths
        self.knownScopes = knownScopes
    }

    /// Loads a theme by name (`dark-256`, looked up as `dark-256.toml` in the search paths)
    /// or by path (a value containing `/` or ending in `.toml`), with the themes it inherits.
    ///
    /// The first problem found is thrown: a missing file (listing the available themes), a
    /// file that is not UTF-8 or not TOML, an unknown scope, field, modifier or palette name,
    /// a bad colour, or an inheritance cycle. Problems of the named file come before those of
    /// the files it inherits from, each by line.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        var url = try locate(nameOrPath, from: nil)
        let name = url.deletingPathExtension().lastPathComponent
        var chain: [ThemeFile] = []
        var visited: [(path: String, name: String)] = []
        while true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            let themeName = url.deletingPathExtension().lastPathComponent
            if visited.contains(where: { $0.path == path }), let last = chain.last {
                let cycle = (visited.map(\.name) + [themeName]).joined(separator: " → ")
                throw ThemeError(file: last.file, line: last.inherits?.line, key: "inherits",
                                 message: "inheritance cycle: \(cycle)")
            }
            visited.append((path, themeName))
            let shown = displayName(of: url, asWritten: chain.isEmpty ? nameOrPath : nil)
            let file = try ThemeFile(text: read(url, shown: shown), file: shown, knownScopes: knownScopes)
            chain.append(file)
            guard let parent = file.inherits else { break }
            do throws(ThemeError) {
                url = try locate(parent.name, from: url)
            } catch {
                throw ThemeError(file: file.file, line: parent.line, key: "inherits", message: error.message)
            }
        }
        return try merge(chain, name: name)
    }

    /// The names of the themes in the search paths, sorted, each once.
    public func availableThemes() -> [String] {
        var names: Set<String> = []
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// The file of theme `name` in the search paths, if there is one.
    public func url(forTheme name: String) -> URL? {
        for folder in searchPaths {
            let url = folder.appendingPathComponent(name + ".toml")
            if FileManager.default.isReadableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Whether a theme argument is a path rather than a name.
    static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    }

    /// The file for a name or path. For an `inherits`, a relative path is relative to the
    /// inheriting file's folder, and a name is looked up in that folder before the search
    /// paths (so a user's theme can build on a sibling).
    private func locate(_ nameOrPath: String, from inheritingFile: URL?) throws(ThemeError) -> URL {
        if Self.isPath(nameOrPath) {
            let expanded = (nameOrPath as NSString).expandingTildeInPath
            let url = if let inheritingFile, !expanded.hasPrefix("/") {
                inheritingFile.deletingLastPathComponent().appendingPathComponent(expanded)
            } else {
                URL(fileURLWithPath: expanded)
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                throw ThemeError(file: nameOrPath, message: "no such theme file")
            }
            return url
        }
        if let inheritingFile {
            let sibling = inheritingFile.deletingLastPathComponent().appendingPathComponent(nameOrPath + ".toml")
            if FileManager.default.isReadableFile(atPath: sibling.path) { return sibling }
        }
        if let url = url(forTheme: nameOrPath) { return url }
        let available = availableThemes()
        let list = available.isEmpty ? "none found in \(searchPaths.map(\.path).joined(separator: ", "))"
            : available.joined(separator: ", ")
        throw ThemeError(file: nameOrPath, message: "no theme named `\(nameOrPath)`; available themes: \(list)")
    }

    /// How errors name a file: as the user wrote it, else by its path.
    private func displayName(of url: URL, asWritten: String?) -> String {
        if let asWritten, Self.isPath(asWritten) { return asWritten }
        return url.path
    }

    /// The file's text, refusing anything that is not UTF-8 or holds a NUL byte.
    private func read(_ url: URL, shown: String) throws(ThemeError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ThemeError(file: shown, message: "cannot be read: \(error.localizedDescription)")
        }
        do {
            return try TOMLText.decode(data)
        } catch {
            throw ThemeError(file: shown, line: error.line, message: error.message)
        }
    }
}
