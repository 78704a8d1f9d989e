import Foundation
import Testing

/// Every command that writes takes `--coder` (issue 15: each command writes as its coder), so
/// that its edit is that coder's to undo and no one else's.
@Suite struct WritingCommandsCoderTests {
    @Test func importAndAttributeEditsAreTheNamedCodersToUndo() throws {
        let fixture = try InitializedProject("coder-option")
        defer { fixture.remove() }
        let file = fixture.folder.appendingPathComponent("gesprek.txt")
        try Data("I: Hoe gaat het?\nS1: Goed.\n".utf8).write(to: file)
        #expect(try fixture.run(["import", file.path, "--case", "Zorg 1", "--coder", "Carla"]).status == 0)
        #expect(try fixture.run(["attribute", "set", "Zorg 2", "instelling", "Fontys", "--coder", "Daan"]).status == 0)
        // Bram has nothing of his own to undo; Carla's undo takes back her import.
        let bram = try fixture.run(["undo", "--coder", "Bram"])
        #expect(!bram.output.contains("import"), "\(bram.output)")
        let carla = try fixture.run(["undo", "--coder", "Carla"])
        #expect(carla.status == 0 && carla.output.contains("import gesprek"), "\(carla.output) \(carla.errors)")
        #expect(!(try fixture.run(["sources", "--format", "csv"]).output.split(separator: "\n").contains { $0.hasPrefix("gesprek,") }))
        // Daan's attribute value is his: Carla's next undo does not reach it, his does.
        #expect(try fixture.run(["undo", "--coder", "Carla"]).status == 2)
        let daan = try fixture.run(["undo", "--coder", "Daan"])
        #expect(daan.status == 0 && daan.output.contains("instelling"), "\(daan.output) \(daan.errors)")
    }
}
