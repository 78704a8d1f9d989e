import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

@Suite struct MatrixScreenTests {
    @Test func cellsOpenTheirFragments() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        #expect(workbench.state.screen == .matrix)
        let matrix = try #require(workbench.data.matrix)
        #expect(matrix.columns.map(\.label) == ["Jeugdgezondheid", "Zorg 1", "Sociale studies", "Zorg 2"])
        let los = try #require(matrix.rows.firstIndex { $0.code == "LOS" })
        for _ in 0..<los { workbench.press(.character("j")) }
        workbench.press(.character("l"), .character("l"), .character("l"), .character("l"), .character("h"))
        #expect(workbench.state.matrix.column == 2)
        #expect(workbench.render().text.contains("Matrix · fragments · by case"))
        workbench.press(.enter)
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.state.fragments.filter == FragmentFilter(codes: ["LOS"], caseIDs: ["sociale-zorg"]))
        #expect(workbench.data.fragments.count == (try workbench.project.fragments(FragmentFilter(codes: ["LOS"], caseIDs: ["sociale-zorg"]))).count)
        if case .count(let value) = matrix.rows[los].values[2] { #expect(workbench.data.fragments.count == value) }
        workbench.press(.escape)
        #expect(workbench.state.screen == .matrix)
    }

    @Test func axisAndMeasure() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"), .character("s"))
        #expect(workbench.state.matrix.measure == .participants)
        workbench.press(.character("s"), .character("s"))
        #expect(workbench.state.matrix.measure == .share)
        #expect(workbench.render().text.contains("%"))
        workbench.press(.character("b"))
        #expect(workbench.state.matrix.axis == .role)
        #expect(workbench.state.matrix.measure == .fragments, "share is by case only")
        #expect(workbench.data.matrix?.columns.map(\.label) == sampleStudy.roles.map(\.name))
        #expect(workbench.render().text.contains("Cliënten"))
    }

    @Test func theMatrixFollowsEdits() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        let before = try #require(workbench.data.matrix?.grandTotal)
        let coding = try workbench.project.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 0, end: 4), code: "LOS", coder: "Anouk")
        workbench.press(.character("u"))
        #expect(throws: (any Error).self) { try workbench.project.coding(coding.id) }
        #expect(workbench.data.matrix?.grandTotal == before)
    }
}

@Suite struct MatrixShadingTests {
    @Test func cellsAreShadedByValueThroughTheTheme() throws {
        let theme = Theme(name: "t", scopes: ["ui.matrix.empty": StyleSpec(attributes: .dim),
                                              "ui.matrix.high": StyleSpec(attributes: .bold),
                                              "ui.matrix.low": StyleSpec(attributes: .underline)])
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30, theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        let buffer = workbench.render()
        let matrix = try #require(workbench.data.matrix)
        // Row of KWA-SAMEN: 0 in Jeugdgezondheid (dim); row of LOS: 47 in Zorg 1 (the top third: bold).
        func cellStyle(code: String, column: Int) throws -> Style {
            let row = try #require(matrix.rows.firstIndex { $0.code == code })
            let y = try #require((0..<buffer.height).first { buffer.text(ofRow: $0).contains("│ \(matrix.rows[row].code) ") })
            // The header row is above the first code's row; a right-aligned column ends where its label ends.
            let header = buffer.text(ofRow: y - row - 1)
            let label = matrix.columns[column].label
            let end = try #require(header.range(of: label)).upperBound
            let x = header.distance(from: header.startIndex, to: end) - 1
            return buffer[x, y].style
        }
        #expect(try cellStyle(code: "KWA-SAMEN", column: 0).attributes.contains(.dim))
        #expect(try cellStyle(code: "LOS", column: 1).attributes.contains(.bold))
        #expect(try cellStyle(code: "AAN-URG", column: 0).attributes.contains(.underline))
    }
}

@Suite struct MatrixCollapseTests {
    @Test func subcodesShowUnderTheirParentAndCollapse() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try workbench.project.addSubcode(short: "LOS-SCHOLING", name: "Scholing", parent: "LOS", colour: RGBColour(red: 1, green: 2, blue: 3))
        _ = try workbench.project.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 0, end: 4), code: "LOS-SCHOLING", coder: "Anouk")
        workbench.press(.character("6"))
        #expect(workbench.data.matrix?.rows.contains { $0.code == "LOS-SCHOLING" } == true)
        #expect(workbench.render().text.contains("  LOS-SCHOLING"))
        workbench.press(.character("c"))
        #expect(workbench.state.matrix.collapsed)
        #expect(workbench.data.matrix?.rows.contains { $0.code == "LOS-SCHOLING" } == false)
        let los = try #require(workbench.data.matrix?.rows.first { $0.code == "LOS" })
        #expect(los.values[0] == .count(22), "21 LOS fragments in Jeugdzorg and the new sub-code's one")
    }
}

@Suite struct MatrixFilterTests {
    @Test func theMatrixFollowsTheCoderFilter() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("filter coder Bram")
        workbench.press(.enter, .character("6"))
        let bram = sampleStudy.codings.count { $0.coder == "Bram" }
        #expect(workbench.data.matrix?.grandTotal == .count(bram))
        #expect(workbench.render().text.contains("Matrix · fragments · by case · Bram"))
    }
}
