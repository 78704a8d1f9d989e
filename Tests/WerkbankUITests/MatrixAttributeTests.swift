import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The Matrix screen by source and by attribute (`b` after cases and roles) and `:filter NAME=VALUE`.
@Suite struct MatrixAttributeTests {
    @Test func bCyclesThroughTheCategoryAttributesAndCellsOpenTheirFragments() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        let categories = workbench.data.attributes.filter { $0.kind == .category }.map(\.name)
        #expect(categories.count >= 2, "the sample declares category attributes")
        workbench.press(.character("6"), .character("b"))
        #expect(workbench.state.matrix.axis == .role && workbench.state.matrix.attribute == nil)
        workbench.press(.character("b"))
        #expect(workbench.state.matrix.axis == .source && workbench.state.matrix.attribute == nil)
        let bySource = try #require(workbench.data.matrix)
        #expect(bySource == (try workbench.project.matrix(by: .source)))
        #expect(workbench.render().text.contains("Matrix · fragments · by source"))
        // A source's cell opens that source's fragments of the code.
        workbench.press(.character("l"), .enter)
        #expect(workbench.state.fragments.filter == FragmentFilter(codes: [bySource.rows[0].code], sourceIDs: [bySource.columns[1].id]))
        #expect(.count(workbench.data.fragments.count) == bySource.rows[0].values[1])
        workbench.press(.escape)
        var seen: [String] = []
        for _ in categories {
            workbench.press(.character("b"))
            let name = try #require(workbench.state.matrix.attribute)
            seen.append(name)
            #expect(workbench.data.matrix == (try workbench.project.matrix(byAttribute: name)))
            #expect(workbench.render().text.contains("Matrix · fragments · by \(name)"))
        }
        #expect(seen == categories)
        workbench.press(.character("b"))
        #expect(workbench.state.matrix.attribute == nil && workbench.state.matrix.axis == .case)

        // By the first category attribute, the first value's LOS cell opens that many fragments.
        while workbench.state.matrix.attribute != categories[0] { workbench.press(.character("b")) }
        let matrix = try #require(workbench.data.matrix)
        let los = try #require(matrix.rows.firstIndex { $0.code == "LOS" })
        for _ in 0..<los { workbench.press(.character("j")) }
        workbench.press(.enter)
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.state.fragments.filter.attributes == [AttributeCondition(name: categories[0], value: matrix.columns[0].id)])
        #expect(.count(workbench.data.fragments.count) == matrix.rows[los].values[0])
        workbench.press(.escape)
        // The (none) column has no value to filter by.
        for _ in 0..<(matrix.columns.count - 1) { workbench.press(.character("l")) }
        workbench.press(.enter)
        #expect(workbench.state.screen == .matrix)
        #expect(workbench.state.message?.isError == true)
    }

    @Test func filterByAnAttributeValueCountsInPlace() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"), .character(":"))
        workbench.type("filter betrokkenheid=HOOG")
        workbench.press(.enter)
        #expect(workbench.state.screen == .matrix)
        let high = [AttributeCondition(name: "betrokkenheid", value: "hoog")]
        #expect(workbench.state.fragments.filter.attributes == high)
        let expected = try workbench.project.matrix(where: high)
        #expect(workbench.data.matrix == expected)
        let all = try workbench.project.matrix()
        #expect(expected.grandTotal != .count(0) && expected.grandTotal != all.grandTotal)
        #expect(workbench.render().text.contains("betrokkenheid=hoog"))
        workbench.press(.character(":"))
        workbench.type("filter betrokkenheid=enorm")
        workbench.press(.enter)
        #expect(workbench.state.fragments.filter.attributes == high)
        #expect(workbench.state.message?.text.contains("hoog|middel|laag") == true)
        workbench.press(.character(":"))
        workbench.type("fragments LOS")
        workbench.press(.enter)
        let los = FragmentFilter(codes: ["LOS"], attributes: high)
        #expect(workbench.data.fragments.map(\.id) == (try workbench.project.fragments(los)).map(\.id))
        #expect(workbench.render().text.contains("LOS · betrokkenheid=hoog"))
    }
}
