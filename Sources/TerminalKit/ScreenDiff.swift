import Foundation

/// Which rows of a frame differ from the frame before: what a backend has to copy to the
/// screen. The curses backend and the test backend share it, so tests see the same diff the
/// terminal gets.
public enum ScreenDiff {
    /// The rows of `new` to draw: all of them when there is no `old` frame or its size
    /// differs, otherwise those whose cells changed.
    public static func changedRows(from old: ScreenBuffer?, to new: ScreenBuffer) -> [Int] {
        guard let old, old.width == new.width, old.height == new.height else { return Array(0..<new.height) }
        return (0..<new.height).filter { !rowIsUnchanged($0, old, new) }
    }

    /// Whether row `y` is the same in both buffers (of equal size). Comparing cell by cell
    /// costs about 9 µs a row of 200 (measured), most of a frame's budget when little
    /// changed; identical bytes mean identical cells, and a re-rendered unchanged row
    /// is byte-identical in practice, so compare bytes first and cells only when they differ
    /// (padding or a separately allocated long string).
    public static func rowIsUnchanged(_ y: Int, _ old: ScreenBuffer, _ new: ScreenBuffer) -> Bool {
        let identical = old.cells.withUnsafeBytes { oldBytes in
            new.cells.withUnsafeBytes { newBytes in
                let rowBytes = new.width * MemoryLayout<Cell>.stride
                guard rowBytes > 0 else { return true }
                let offset = y * rowBytes
                return memcmp(oldBytes.baseAddress! + offset, newBytes.baseAddress! + offset, rowBytes) == 0
            }
        }
        return identical || old.row(y) == new.row(y)
    }
}
