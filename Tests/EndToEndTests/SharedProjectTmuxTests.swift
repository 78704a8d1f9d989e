import Foundation
import Testing
import WerkbankStore

/// Several workbenches and commands on one project at once (decision 55): all of them write,
/// each as its coder, and `u` takes back only the coder's own edits.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct SharedProjectTmuxTests {
    static let source = "rev1-interview-manager"

    func workbench(_ fixture: InitializedProject, coder: String) throws -> TmuxSession {
        let data = fixture.folder.appendingPathComponent("data-\(coder)")
        let session = try TmuxSession(BinaryRunner.isolated("\(BinaryRunner.binary.path) --project \(fixture.path) --coder \(coder)", data: data))
        do {
            try session.waitFor("Revalidatie 1")
        } catch {
            session.close()
            throw error
        }
        return session
    }

    func codings(of coder: String, in fixture: InitializedProject) throws -> [UUID] {
        let project = try Project.open(at: URL(fileURLWithPath: fixture.path), for: .reading)
        return try project.codings(inSource: Self.source, coder: coder).map(\.id)
    }

    /// The measurement: a CLI `code --coder Bram` beside an open workbench; the
    /// workbench's `u` used to undo Bram's coding.
    @Test func theWorkbenchsUndoLeavesAnotherCodersCodingAlone() throws {
        let fixture = try InitializedProject("shared-undo")
        defer { fixture.remove() }
        let session = try workbench(fixture, coder: "Anouk")
        defer { session.close() }
        // The sample cases come with codings of Bram's.
        let before = try codings(of: "Bram", in: fixture)
        let coded = try fixture.run(["code", "--source", Self.source, "--range", "0..20", "--code", "LOS", "--coder", "Bram"])
        #expect(coded.status == 0, "\(coded.errors)")
        let after = try codings(of: "Bram", in: fixture)
        #expect(after.count == before.count + 1)

        try session.keys("u")
        try session.waitFor("Nothing to undo")
        #expect(try codings(of: "Bram", in: fixture) == after, "Anouk's u left Bram's coding")
        let anouk = try fixture.run(["undo", "--coder", "Anouk"])
        #expect(anouk.status == 2 && anouk.errors.contains("nothing to undo"), "\(anouk.errors)")
        let bram = try fixture.run(["undo", "--coder", "Bram"])
        #expect(bram.status == 0 && bram.output == "undone: code LOS\n", "\(bram.errors)")
        #expect(try codings(of: "Bram", in: fixture) == before)
        try session.keys("q")
        try session.waitFor("EXIT=0")
    }

    @Test func twoWorkbenchesOnOneProjectBothWrite() throws {
        let fixture = try InitializedProject("shared-two")
        defer { fixture.remove() }
        let first = try workbench(fixture, coder: "Anouk")
        defer { first.close() }
        let second = try workbench(fixture, coder: "Bram")
        defer { second.close() }
        for session in [first, second] {
            let screen = try session.screen()
            #expect(!screen.contains("read-only"), "neither workbench is read-only:\n\(screen)")
            try session.keys("u")
            let answer = try session.waitFor("Nothing to undo")
            #expect(!answer.contains("Not possible while read-only"))
        }
        try second.keys("q")
        try second.waitFor("EXIT=0")
        try first.keys("q")
        try first.waitFor("EXIT=0")
    }

    /// Anouk's coding, removed since by Bram: her `u` asks instead of undoing; the CLI refuses
    /// with exit 3 and says who is in the way.
    @Test func anEditChangedByAnotherCoderIsAskedAbout() throws {
        let fixture = try InitializedProject("shared-conflict")
        defer { fixture.remove() }
        let session = try workbench(fixture, coder: "Anouk")
        defer { session.close() }
        let before = Set(try codings(of: "Anouk", in: fixture))
        let coded = try fixture.run(["code", "--source", Self.source, "--range", "0..20", "--code", "LOS", "--coder", "Anouk"])
        #expect(coded.status == 0, "\(coded.errors)")
        let id = try #require(Set(try codings(of: "Anouk", in: fixture)).subtracting(before).first)
        let removed = try fixture.run(["uncode", id.uuidString, "--coder", "Bram"])
        #expect(removed.status == 0, "\(removed.errors)")

        try session.keys("u")
        let dialog = try session.waitFor("Changed by someone else since")
        #expect(dialog.contains("Bram"))
        try session.keys("n")
        try session.waitFor("Nothing undone")

        let refused = try fixture.run(["undo", "--coder", "Anouk"])
        #expect(refused.status == 3)
        #expect(refused.errors.contains("cannot undo “code LOS”: Bram has since made “uncode LOS”"), "\(refused.errors)")
        let skipped = try fixture.run(["undo", "--coder", "Anouk", "--skip"])
        #expect(skipped.status == 0 && skipped.output == "skipped: code LOS\n", "\(skipped.errors)")
        let bram = try fixture.run(["undo", "--coder", "Bram"])
        #expect(bram.output == "undone: uncode LOS\n", "\(bram.errors)")
        #expect(Set(try codings(of: "Anouk", in: fixture)) == before.union([id]))
        try session.keys("q")
        try session.waitFor("EXIT=0")
    }
}
