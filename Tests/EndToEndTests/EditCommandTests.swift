import Foundation
import Testing

/// `werkbank edit` and `werkbank import --replace`: correcting a coded transcript.
@Suite
struct EditCommandTests {
    let fixture: InitializedProject
    var folder: URL { fixture.folder }

    init() throws {
        fixture = try InitializedProject("edit")
    }

    /// Runs a command on the project with `editor` as $EDITOR.
    func run(_ arguments: [String], editor: String = "true") throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments + ["--project", fixture.path], environment: ["EDITOR": editor, "VISUAL": ""])
    }

    static let text = "I: Hoe werken de Cliënten mee?\nJan: Zij leren samen met studenten.\nI: En Marieke?\nJan: Marieke belt elke week.\n"

    /// Imports the transcript and codes two stretches of it: "Zij leren samen" and "En Marieke?".
    func importAndCode() throws {
        let file = folder.appendingPathComponent("gesprek.txt")
        try Data(Self.text.utf8).write(to: file)
        let imported = try run(["import", file.path, "--case", "Zorg 1", "--speaker", "Jan=S90:Studenten"])
        #expect(imported.status == 0, "\(imported.errors)")
        for range in ["36..51", "70..81"] {
            let coded = try run(["code", "--source", "gesprek", "--range", range, "--code", "LOS", "--coder", "Anouk"])
            #expect(coded.status == 0, "\(coded.errors)")
        }
    }

    func quotes() throws -> [String] {
        let listed = try run(["fragments", "--source", "gesprek", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any]
        return ((rows?["rows"] as? [[String: Any]]) ?? []).compactMap { $0["Quote"] as? String }
    }

    @Test func editMovesCodingsAndUndoTakesItBack() throws {
        defer { fixture.remove() }
        try importAndCode()
        #expect(try quotes() == ["Zij leren samen", "En Marieke?"])

        let unchanged = try run(["edit", "gesprek", "--coder", "Anouk"])
        #expect(unchanged.status == 0, "\(unchanged.errors)")
        #expect(unchanged.output.contains("unchanged; nothing was done"))

        let dry = try run(["edit", "gesprek", "--dry-run"], editor: "sed -i s/samen/gezamenlijk/")
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("dry run"))
        #expect(try quotes() == ["Zij leren samen", "En Marieke?"])

        let edited = try run(["edit", "gesprek", "--coder", "Anouk", "--format", "csv"], editor: "sed -i -e s/samen/gezamenlijk/ -e s/En\\ Marieke?/Verder?/")
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(edited.output.contains("changed,36..51,36..57,Zij leren samen,Zij leren gezamenlijk"))
        #expect(edited.output.contains("needs review"))
        #expect(try quotes() == ["Zij leren gezamenlijk", "Verder?"])

        let review = try run(["fragments", "--needs-review", "--format", "csv"])
        #expect(review.status == 0, "\(review.errors)")
        #expect(review.output.contains("Verder?,,En Marieke?"))

        let undone = try run(["undo", "--coder", "Anouk"])
        #expect(undone.status == 0, "\(undone.errors)")
        #expect(try quotes() == ["Zij leren samen", "En Marieke?"])
    }

    @Test func anEmptiedTextIsRefusedAndTheEditIsKept() throws {
        defer { fixture.remove() }
        try importAndCode()
        let emptied = try run(["edit", "gesprek", "--coder", "Anouk"], editor: "truncate -s 0")
        #expect(emptied.status == 65)
        #expect(emptied.errors.contains("corrected text is empty"))
        #expect(emptied.errors.contains("kept in"))
        #expect(try quotes() == ["Zij leren samen", "En Marieke?"])
        let failing = try run(["edit", "gesprek", "--coder", "Anouk"], editor: "false")
        #expect(failing.status == 65)
        #expect(failing.errors.contains("stopped with status 1"))
    }

    @Test func importReplaceTakesACorrectedFile() throws {
        defer { fixture.remove() }
        try importAndCode()
        let corrected = folder.appendingPathComponent("gecorrigeerd.txt")
        try Data(("Opname van 3 maart.\n" + Self.text).utf8).write(to: corrected)
        let replaced = try run(["import", corrected.path, "--replace", "gesprek", "--format", "json"])
        #expect(replaced.status == 0, "\(replaced.errors)")
        #expect(replaced.output.contains("\"moved: 2\""))
        #expect(try quotes() == ["Zij leren samen", "En Marieke?"])
        let empty = folder.appendingPathComponent("leeg.txt")
        try Data().write(to: empty)
        let refused = try run(["import", empty.path, "--replace", "gesprek"])
        #expect(refused.status == 65)
        #expect(refused.errors.contains("leeg.txt"))
        let noCase = try run(["import", corrected.path])
        #expect(noCase.status == 64)
    }
}
