import Foundation
@testable import TerminalKit

/// A buffer of `width`×`height` after `draw`, as the text screen tests compare.
func screen(_ width: Int, _ height: Int, _ draw: (inout ScreenBuffer, Rect) -> Void) -> String {
    var buffer = ScreenBuffer(width: width, height: height)
    draw(&buffer, buffer.bounds)
    return buffer.text
}

/// Styles that tests can tell apart.
enum TestStyle {
    static let bold = Style(attributes: .bold)
    static let reverse = Style(attributes: .reverse)
    static let red = Style(foreground: .ansi(1))
    static let selected = Style(foreground: .ansi(15), background: .ansi(4))
}

/// The scopes the loader tests' themes may set (an app passes its own to ``ThemeLoader``).
let testScopes: Set<String> = ["ui", "ui.background", "ui.text", "ui.text.dim", "ui.title", "ui.border", "ui.selection", "speaker", "speaker.interviewer", "code"]

/// A fresh temporary folder holding `files` (name → contents), removed by the caller.
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("TerminalKitTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, contents) in files {
        try Data(contents.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
}
