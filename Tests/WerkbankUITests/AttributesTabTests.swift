import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// A case's Attributes tab: the case's, its participants' and its sources' attributes, changed
/// with Space (a category's next value), `x`, Enter and `:attribute`, undone with `u`.
@Suite struct AttributesTabTests {
    func openAttributes(of caseName: String, _ workbench: Workbench) {
        workbench.press(.character(":"))
        workbench.type("case \(caseName)")
        workbench.press(.enter)
        while workbench.state.studyCase.tab != .attributes { workbench.press(.character("l")) }
    }

    func value(_ name: String, on target: AttributeTarget, _ workbench: Workbench) throws -> String? {
        try workbench.project.attributeValues(attribute: name, on: target).first?.value.text
    }

    @Test func snapshot80x24() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        openAttributes(of: "Zorg 2", workbench)
        expectScreen(workbench, "attributes-80x24", Self.attributes80x24)
    }

    @Test func spaceCyclesXUnsetsAndUUndoes() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        openAttributes(of: "Zorg 2", workbench)
        let rows = workbench.state.attributeRows(in: workbench.data)
        let index = try #require(rows.firstIndex { $0.definition.name == "betrokkenheid" && $0.value == nil })
        let row = rows[index]
        for _ in 0..<index { workbench.press(.character("j")) }
        workbench.press(.character(" "))
        #expect(try value("betrokkenheid", on: row.target, workbench) == row.definition.values[0])
        workbench.press(.character(" "))
        #expect(try value("betrokkenheid", on: row.target, workbench) == row.definition.values[1])
        #expect(workbench.render().text.contains("betrokkenheid = \(row.definition.values[1]) on \(row.targetLabel)"))
        workbench.press(.character("x"))
        #expect(try value("betrokkenheid", on: row.target, workbench) == nil)
        workbench.press(.character("u"))
        #expect(try value("betrokkenheid", on: row.target, workbench) == row.definition.values[1])
        #expect(workbench.state.attributeRows(in: workbench.data)[index].value == row.definition.values[1], "the tab shows the undone value")
    }

    @Test func enterAndTheCommandSetAValueAndABadOneChangesNothing() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        openAttributes(of: "Zorg 2", workbench)
        let rows = workbench.state.attributeRows(in: workbench.data)
        let index = try #require(rows.firstIndex { $0.definition.name == "schooljaar" && $0.value != nil })
        for _ in 0..<index { workbench.press(.character("j")) }
        let target = rows[index].target
        workbench.press(.enter)
        #expect(workbench.state.commandInput?.text == "attribute schooljaar \(rows[index].value!)")
        workbench.press(.escape)
        workbench.press(.character(":"))
        workbench.type("attribute schooljaar Huidig")
        workbench.press(.enter)
        #expect(try value("schooljaar", on: target, workbench) == "huidig", "a category value in its declared spelling")
        workbench.press(.character(":"))
        workbench.type("attribute schooljaar volgend")
        workbench.press(.enter)
        #expect(try value("schooljaar", on: target, workbench) == "huidig")
        #expect(workbench.state.message?.isError == true)
        #expect(workbench.state.message?.text.contains("vorig|huidig") == true)
        workbench.press(.character(":"))
        workbench.type("attribute kleur rood")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "No attribute named kleur")
    }

    @Test func aReadOnlyWorkbenchChangesNothing() throws {
        let (workbench, folder) = try makeWorkbench(readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        openAttributes(of: "Zorg 2", workbench)
        let before = try workbench.project.attributeValues()
        workbench.press(.character(" "), .character("x"), .enter)
        workbench.press(.character(":"))
        workbench.type("attribute schooljaar huidig")
        workbench.press(.enter)
        #expect(try workbench.project.attributeValues() == before)
        #expect(workbench.state.message?.isError == true)
    }

    static let attributes80x24 = """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ 4 · Revalidatie 2 (Zorg 2) ──────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                      │
        │                                                                              │
        │On                  Attribute      Value                                      │
        │Revalidatie 2       instelling     Fontys en Zuyd                             │
        │M1 (Management)     schooljaar     –                                          │
        │                    betrokkenheid  hoog                                       │
        │O1 (Ondersteuners)  schooljaar     –                                          │
        │                    betrokkenheid  –                                          │
        │P1 (Professionals)  schooljaar     –                                          │
        │                    betrokkenheid  middel                                     │
        │P2 (Professionals)  schooljaar     –                                          │
        │                    betrokkenheid  –                                          │
        │P3 (Professionals)  schooljaar     –                                          │
        │                    betrokkenheid  –                                          │
        │P4 (Professionals)  schooljaar     –                                          │
        │                    betrokkenheid  –                                          │
        │P5 (Professionals)  schooljaar     –                                          │
        │                    betrokkenheid  –                                          │
        │P6 (Professionals)  schooljaar     –                                          │
        └──────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command
        """
}
