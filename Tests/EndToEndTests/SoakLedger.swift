import Foundation

/// What one coder was told was done, as a soak test keeps it: the codings that should be in
/// the project (each with or without a memo), the free memos, and the coder's own undo stack.
/// Each acknowledged edit goes in; each acknowledged undo takes the coder's last edit out, as
/// the project's per-coder undo (decision 55) must.
struct SoakLedger {
    enum Edit: Equatable {
        case code(id: String?)
        case uncode(id: String?, hadMemo: Bool)
        case memo(id: String?)
        case freeMemo

        /// Whether `label`, as `undo` reported it, names this edit: `code LOS`, `uncode LOS`,
        /// `memo` (the workbench) or `memo on coding …` (the CLI), `memo TITLE` (a free memo).
        func isNamed(by label: String) -> Bool {
            switch self {
            case .code: label.hasPrefix("code ")
            case .uncode: label.hasPrefix("uncode ")
            case .memo: label == "memo" || label.hasPrefix("memo on ")
            case .freeMemo: label.hasPrefix("memo ") && !label.hasPrefix("memo on ")
            }
        }
    }

    let coder: String
    /// The codings that should be there: an id where the coder knows it (the CLI prints it),
    /// and whether it has a memo.
    private(set) var codings: [(id: String?, memo: Bool)] = []
    private(set) var freeMemos = 0
    private(set) var undoStack: [Edit] = []
    private(set) var acknowledged = 0
    /// What went against the rules: an undo that took back something other than the coder's
    /// last edit, or nothing where there was one.
    private(set) var problems: [String] = []
    /// Every acknowledged edit and undo in order, for the message of a failing soak.
    private(set) var history: [String] = []

    init(coder: String) { self.coder = coder }

    var codingCount: Int { codings.count }
    var codingIDs: [String] { codings.compactMap(\.id) }
    var memoCount: Int { codings.filter(\.memo).count }
    var lastCoding: (id: String?, memo: Bool)? { codings.last }

    mutating func coded(id: String? = nil, memo: Bool = false) {
        codings.append((id, memo))
        undoStack.append(.code(id: id))
        acknowledged += 1
        history.append("code")
    }

    /// The memo written on the coding made last.
    mutating func memoOnLast() {
        guard !codings.isEmpty else { return problems.append("\(coder): a memo with no coding") }
        codings[codings.count - 1].memo = true
        undoStack.append(.memo(id: codings.last?.id))
        acknowledged += 1
        history.append("memo")
    }

    /// The coding `id` removed, or the last one where ids are not known.
    mutating func uncoded(id: String? = nil) {
        let index = id.flatMap { id in codings.lastIndex { $0.id == id } } ?? codings.indices.last
        guard let index else { return problems.append("\(coder): removed a coding it did not have") }
        let removed = codings.remove(at: index)
        undoStack.append(.uncode(id: removed.id, hadMemo: removed.memo))
        acknowledged += 1
        history.append("uncode")
    }

    mutating func wroteFreeMemo() {
        freeMemos += 1
        undoStack.append(.freeMemo)
        acknowledged += 1
    }

    /// An undo that reported `label` (nil: "nothing to undo").
    mutating func undid(label: String?) {
        guard let last = undoStack.last else {
            if let label { problems.append("\(coder): undo took back “\(label)” with nothing of its own to undo") }
            return
        }
        guard let label else { return problems.append("\(coder): nothing to undo, but \(last) was its last edit") }
        guard last.isNamed(by: label) else {
            return problems.append("\(coder): undo took back “\(label)”, but its last edit was \(last)")
        }
        undoStack.removeLast()
        acknowledged += 1
        history.append("undo \(label)")
        switch last {
        case .code(let id):
            if let index = codings.lastIndex(where: { $0.id == id }) { codings.remove(at: index) }
        case .uncode(let id, let hadMemo):
            codings.append((id, hadMemo))
        case .memo(let id):
            if let index = codings.lastIndex(where: { $0.id == id }) { codings[index].memo = false }
        case .freeMemo:
            freeMemos -= 1
        }
    }
}
