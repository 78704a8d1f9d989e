import Testing
@testable import TerminalKit

@Suite struct LayoutTests {
    let area = Rect(x: 2, y: 1, width: 100, height: 30)

    @Test func fixedThenFillVertically() {
        let rows = Layout.split(area, .vertical, [.fixed(1), .fill(1), .fixed(1), .fixed(1)])
        #expect(rows == [Rect(x: 2, y: 1, width: 100, height: 1), Rect(x: 2, y: 2, width: 100, height: 27),
                         Rect(x: 2, y: 29, width: 100, height: 1), Rect(x: 2, y: 30, width: 100, height: 1)])
    }

    @Test func fillWeightsShareTheRestWithSpacing() {
        let columns = Layout.split(area, .horizontal, [.fixed(20), .fill(1), .fill(2)], spacing: 2)
        // 100 - 4 spacing - 20 fixed = 76: thirds are 25.33 and 50.67; the spare cell goes first.
        #expect(columns.map(\.width) == [20, 26, 50])
        #expect(columns.map(\.x) == [2, 24, 52])
        #expect(columns.last!.maxX == area.maxX)
    }

    @Test func percentOfTheTotalAndMin() {
        let columns = Layout.split(area, .horizontal, [.percent(30), .min(10), .fill(1)])
        #expect(columns.map(\.width) == [30, 10, 60])
        let withoutFill = Layout.split(area, .horizontal, [.percent(50), .min(10), .min(20)])
        // The 20 left after 50 + 10 + 20 is shared by the mins.
        #expect(withoutFill.map(\.width) == [50, 20, 30])
    }

    @Test func tooSmallAnAreaNeverGoesNegativeOrBeyond() {
        let small = Rect(x: 0, y: 0, width: 10, height: 3)
        let columns = Layout.split(small, .horizontal, [.fixed(8), .fixed(8), .fill(1)], spacing: 1)
        #expect(columns.map(\.width) == [8, 0, 0])
        #expect(columns.allSatisfy { $0.x >= 0 && $0.maxX <= small.maxX && $0.width >= 0 })
        let rows = Layout.split(small, .vertical, [.percent(200), .fixed(-4), .min(5)])
        #expect(rows.map(\.height) == [3, 0, 0])
        #expect(rows.reduce(0) { $0 + $1.height } <= small.height)
        #expect(Layout.split(small, .vertical, []) == [])
    }

    @Test func zeroWeightFillGetsNothing() {
        let columns = Layout.split(Rect(x: 0, y: 0, width: 9, height: 1), .horizontal, [.fill(0), .fill(1), .fill(2)])
        #expect(columns.map(\.width) == [0, 3, 6])
    }
}
