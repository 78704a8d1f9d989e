import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

@Suite struct EditingTests {
    @Test func everyOperationRoundTrips() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let added = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 16), code: "LOS", coder: "Bram", memo: "vraag")
        #expect(try project.coding(added.id) == added)
        #expect(added.created != nil && added.modified != nil)
        #expect(try project.study().coders.map(\.name).contains("Bram"))

        let moved = try project.updateCoding(added.id, range: ScalarRange(start: 4, end: 16))
        #expect(moved.range == ScalarRange(start: 4, end: 16))
        let recoded = try project.updateCoding(added.id, code: "GOC")
        #expect(recoded.code == "GOC" && recoded.range == ScalarRange(start: 4, end: 16) && recoded.memo == "vraag")
        let cleared = try project.updateCoding(added.id, memo: .some(nil))
        #expect(cleared.memo == nil)
        #expect(try project.codings(inSource: "gesprek", overlapping: ScalarRange(start: 0, end: 5)).map(\.id) == [added.id])
        #expect(try project.codings(inSource: "gesprek", overlapping: ScalarRange(start: 16, end: 20)).isEmpty)

        try project.setMemo(on: .code("LOS"), text: "Het primaire proces")
        try project.setMemo(on: .case("zorg"), text: "Case-memo")
        try project.setMemo(on: .source("gesprek"), text: "Bron-memo")
        #expect(try project.memo(on: .code("LOS")) == "Het primaire proces")
        #expect(try project.memo(on: .case("zorg")) == "Case-memo")
        #expect(try project.memo(on: .source("gesprek")) == "Bron-memo")
        #expect(throws: ProjectError.unknownCode("XYZ")) { try project.setMemo(on: .code("XYZ"), text: "x") }

        try project.removeCoding(added.id)
        #expect(throws: ProjectError.unknownCoding(added.id)) { try project.coding(added.id) }
        #expect(throws: ProjectError.unknownCode("NOPE")) {
            try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 16), code: "NOPE", coder: "Anouk")
        }
        #expect(throws: ProjectError.unknownSource("weg")) {
            try project.addCoding(source: "weg", range: ScalarRange(start: 3, end: 16), code: "LOS", coder: "Anouk")
        }
    }

    @Test func undoAndRedoEveryKindOfEdit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let coding = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 16), code: "LOS", coder: "Anouk")
        _ = try project.updateCoding(coding.id, code: "GOC")
        try project.setMemo(on: .code("LOS"), text: "memo")
        try project.removeCoding(coding.id)

        #expect(try project.undo() == "uncode GOC")
        #expect(try project.coding(coding.id).code == "GOC")
        #expect(try project.undo() == "memo on code LOS")
        #expect(try project.memo(on: .code("LOS")) == nil)
        #expect(try project.undo() == "recode LOS → GOC")
        #expect(try project.coding(coding.id).code == "LOS")
        #expect(try project.undo() == "code LOS")
        #expect(throws: ProjectError.unknownCoding(coding.id)) { try project.coding(coding.id) }
        #expect(throws: ProjectError.nothingToUndo) { try project.undo() }

        #expect(try project.redo() == "code LOS")
        #expect(try project.coding(coding.id).id == coding.id)
        #expect(try project.redo() == "recode LOS → GOC")
        #expect(try project.coding(coding.id).code == "GOC")
        // A new edit drops what is left to redo.
        try project.setMemo(on: .case("zorg"), text: "nieuw")
        #expect(throws: ProjectError.nothingToRedo) { try project.redo() }
    }

    @Test func undoWorksAfterReopening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        var id: UUID
        do {
            let project = try Project.create(at: url, from: tinyStudy())
            id = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 16), code: "LOS", coder: "Anouk").id
            try project.setMemo(on: .source("gesprek"), text: "eerst")
            try project.setMemo(on: .source("gesprek"), text: "daarna")
        }
        do {
            let project = try Project.open(at: url)
            #expect(try project.undo() == "memo on source gesprek")
            #expect(try project.memo(on: .source("gesprek")) == "eerst")
        }
        do {
            let project = try Project.open(at: url)
            try project.undo()
            try project.undo()
            #expect(throws: ProjectError.unknownCoding(id)) { try project.coding(id) }
            try project.redo()
        }
        let project = try Project.open(at: url)
        #expect(try project.coding(id).code == "LOS")
        #expect(try project.memo(on: .source("gesprek")) == nil)
    }
}

@Suite struct SubcodeTests {
    @Test func addASubcodeCodeWithItAndUndo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let code = try project.addSubcode(short: "GOC-ROLLEN", name: "Meerdere rollen", parent: "GOC",
                                          colour: RGBColour(red: 1, green: 2, blue: 3))
        #expect(code.groupID == CodeGroup.elementsID)
        #expect(try project.study().codebook.children(of: "GOC").map(\.short) == ["GOC-ROLLEN"])
        let coding = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 8), code: "GOC-ROLLEN", coder: "Anouk")
        #expect(try project.fragments(FragmentFilter(codes: ["GOC"])).map(\.id) == [coding.id])
        #expect(throws: ProjectError.self) { try project.addSubcode(short: "GOC-ROLLEN", name: "x", parent: "GOC", colour: code.colour) }
        #expect(throws: ProjectError.unknownCode("NOPE")) { try project.addSubcode(short: "X-1", name: "x", parent: "NOPE", colour: code.colour) }

        try project.undo()
        #expect(try project.undo() == "new code GOC-ROLLEN")
        #expect(try project.study().codebook.code("GOC-ROLLEN") == nil)
        try project.redo()
        #expect(try project.study().codebook.code("GOC-ROLLEN")?.name == "Meerdere rollen")
    }
}
