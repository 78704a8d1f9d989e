import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankExchange
@testable import WerkbankUI

/// `E` in the reader: correcting the source's text in an editor (here a scripted one).
@Suite struct CorrectionUITests {
    /// Opens the manager interview of Revalidatie 1 on its third turn and codes that turn with LOS.
    func openAndCode(_ workbench: Workbench) throws -> (Source, ScalarRange) {
        workbench.press(.down, .enter, .tab, .tab, .down, .enter, .character("j"), .character("j"))
        let source = try #require(workbench.data.source)
        let turn = try #require(workbench.state.selection(in: workbench.data))
        workbench.press(.character("1"))
        return (source, turn)
    }

    func editing(_ workbench: Workbench, _ change: @escaping @Sendable (String) -> String) {
        workbench.editText = { text, _ in (change(text), nil) }
        workbench.parseTranscript = { TranscriptReader.transcript(ofText: $0) }
    }

    @Test func aCorrectionMovesTheCodingAndUndoTakesItBack() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (source, turn) = try openAndCode(workbench)
        let quote = try #require(source.text.scalars(in: turn))
        editing(workbench) { "Gecorrigeerd na de member check.\n" + $0 }
        workbench.press(.character("E"))
        #expect(workbench.state.message?.text.hasPrefix("Text corrected:") == true, "\(workbench.state.message?.text ?? "")")
        let corrected = try #require(workbench.data.source)
        #expect(corrected.text.hasPrefix("Gecorrigeerd na de member check.\n"))
        let moved = try #require(workbench.data.sourceCodings.first { $0.code == "LOS" && corrected.text.scalars(in: $0.range) == quote })
        #expect(moved.range.start == turn.start + 33)
        #expect(workbench.render().text.contains("Gecorrigeerd na de member check."))
        workbench.press(.character("u"))
        #expect(workbench.data.source?.text == source.text)
        #expect(workbench.data.sourceCodings.contains { $0.range == turn && $0.code == "LOS" })
    }

    @Test func aCodingWhoseWordsAreGoneIsMarkedInThePanel() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (source, turn) = try openAndCode(workbench)
        let quote = try #require(source.text.scalars(in: turn))
        editing(workbench) { $0.replacingOccurrences(of: quote, with: "Onverstaanbaar.") }
        workbench.press(.character("E"))
        #expect(workbench.state.message?.text.contains("1 needs review") == true, "\(workbench.state.message?.text ?? "")")
        #expect(workbench.data.sourceReviews.count == 1)
        workbench.press(.tab)
        let screen = workbench.render().text
        #expect(screen.contains("! needs review; it said: "))
        #expect(screen.contains(String(quote.prefix(12))))
    }

    @Test func anUnchangedOrEmptiedTextChangesNothing() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (source, _) = try openAndCode(workbench)
        editing(workbench) { $0 }
        workbench.press(.character("E"))
        #expect(workbench.state.message?.text == "The text is unchanged; nothing was done")
        editing(workbench) { _ in "\n" }
        workbench.press(.character("E"))
        #expect(workbench.state.message?.isError == true)
        #expect(workbench.state.message?.text.contains("empty") == true)
        #expect(workbench.data.source?.text == source.text)
        #expect(try workbench.project.text(ofSource: source.id) == source.text)
    }

    @Test func aRefusedCorrectionKeepsTheEditedFileAndSaysWhere() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (source, _) = try openAndCode(workbench)
        let file = folder.appendingPathComponent("edit-\(UUID().uuidString.prefix(6))/\(source.id).txt")
        workbench.editText = { _, _ in
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Onbekende: een spreker die de import niet kent.\n".utf8).write(to: file)
            return ("Onbekende: een spreker die de import niet kent.\n", file)
        }
        workbench.parseTranscript = { TranscriptReader.transcript(ofText: $0) }
        workbench.press(.character("E"))
        let message = try #require(workbench.state.message)
        #expect(message.isError)
        #expect(message.text.hasSuffix("; your text is kept in \(file.path)"), "\(message.text)")
        #expect(FileManager.default.fileExists(atPath: file.path), "the corrected text is not lost")
        #expect(try workbench.project.text(ofSource: source.id) == source.text)
    }

    @Test func withoutAnEditorTheKeySaysSo() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try openAndCode(workbench)
        workbench.press(.character("E"))
        #expect(workbench.state.message?.text == "Correcting a text is not available here")
    }
}
