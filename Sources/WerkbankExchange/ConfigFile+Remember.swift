import Foundation
import TOMLKit

extension ConfigFile {
    /// Adds `coder = "NAME"` to the config file at `url` (made, with its folder, if missing),
    /// keeping what is there: the settings file has no tables, so a key at its end is a
    /// top-level key.
    public static func remember(coder: String, in url: URL) throws {
        let table = TOMLTable()
        table["coder"] = coder
        var text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += table.convert(to: .toml) + "\n"
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
