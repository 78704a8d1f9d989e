import Foundation
import Testing
import TerminalKit
@testable import WerkbankUI

/// Compares a rendered screen with a literal. With `WERKBANK_RECORD_SNAPSHOTS=DIR` set, also
/// writes the rendered text to `DIR/NAME.txt`, so that a changed screen can be reviewed and
/// its literal updated by hand.
func expectScreen(_ workbench: Workbench, _ name: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = workbench.render().text
    if let folder = ProcessInfo.processInfo.environment["WERKBANK_RECORD_SNAPSHOTS"] {
        try? actual.write(toFile: "\(folder)/\(name).txt", atomically: true, encoding: .utf8)
    }
    #expect(actual == expected, "screen \(name) differs", sourceLocation: sourceLocation)
}
