/// Builds code matrices from tallies (or fragments): pure, so that the store, the screens and
/// the tests share one definition of every figure.
///
/// Rows are the codebook's codes in codebook order: each top-level code counts its own
/// codings and those of its sub-codes; the sub-codes follow it, indented, unless
/// `collapseSubcodes`. Columns are the given cases (every one, also without fragments) or the
/// given roles; by role, fragments not starting in a respondent's turn are left out.
public struct MatrixBuilder: Sendable {
    public var codebook: Codebook
    public var sources: [MatrixSource]
    /// The case columns in study order: case id and table label.
    public var cases: [MatrixColumn]
    /// The role names in study order.
    public var roles: [String]

    public init(codebook: Codebook, sources: [MatrixSource], cases: [MatrixColumn], roles: [String]) {
        self.codebook = codebook
        self.sources = sources
        self.cases = cases
        self.roles = roles
    }

    /// The matrix of fragments, each counted once.
    public func matrix(fragments: [Fragment], by axis: MatrixAxis, measure: MatrixMeasure, coders: [String] = [],
                       kinds: [SourceKind] = [], collapseSubcodes: Bool = false) -> Matrix {
        matrix(tallies: fragments.map(MatrixTally.init), by: axis, measure: measure, coders: coders, kinds: kinds,
               collapseSubcodes: collapseSubcodes)
    }

    /// The matrix of tallies, keeping those of the given coders and source kinds (empty: any).
    public func matrix(tallies: [MatrixTally], by axis: MatrixAxis, measure: MatrixMeasure, coders: [String] = [],
                       kinds: [SourceKind] = [], collapseSubcodes: Bool = false) -> Matrix {
        let rule = MatrixColumnRule(
            columns: columns(axis, kinds: Set(kinds)),
            key: { tally, source in axis == .case ? source.caseID : axis == .source ? source.id : tally.role },
            lengthKey: axis == .role ? nil : { axis == .case ? $0.caseID : $0.id },
            bySpeaker: axis == .role)
        return matrix(tallies: tallies, rule: rule, axis: axis, measure: measure, coders: coders, kinds: kinds,
                      collapseSubcodes: collapseSubcodes)
    }

    /// The matrix with the columns, and what column a tally counts in, of `rule`.
    func matrix(tallies: [MatrixTally], rule: MatrixColumnRule, axis: MatrixAxis, measure: MatrixMeasure, coders: [String],
                kinds: [SourceKind], collapseSubcodes: Bool) -> Matrix {
        let rows = rowCodes(collapseSubcodes: collapseSubcodes)
        let rowOfCode = Dictionary(rows.enumerated().map { ($0.element.code.short, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let codes = codebook.codes
        // Parents looked up as `Codebook.code(_:)` finds a code (exactly, else ignoring case),
        // but once: walking every code's ancestors through it costs codes × depth × codes.
        var parentOf: [String: String?] = [:], parentOfLowered: [String: String?] = [:]
        for code in codes {
            if parentOf[code.short] == nil { parentOf[code.short] = .some(code.parent) }
            if parentOfLowered[code.short.lowercased()] == nil { parentOfLowered[code.short.lowercased()] = .some(code.parent) }
        }
        var rowsOfCode: [String: [Int]] = [:]
        for code in codes {
            // A code counts in its own row and in the rows of all its ancestors.
            var current: String? = code.short
            var seen: Set<String> = []
            while let short = current, seen.insert(short).inserted {
                if let row = rowOfCode[short] { rowsOfCode[code.short, default: []].append(row) }
                current = (parentOf[short] ?? parentOfLowered[short.lowercased()]) ?? nil
            }
        }
        let columns = rule.columns
        let columnIndex = Dictionary(columns.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let kindSet = Set(kinds)
        let sourceByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let coderSet = Set(coders)

        var textLength = Array(repeating: 0, count: columns.count)
        if let lengthKey = rule.lengthKey {
            for source in sources where kindSet.isEmpty || kindSet.contains(source.kind) {
                if let key = lengthKey(source), let column = columnIndex[key] { textLength[column] += source.length }
            }
        }

        var cells = Array(repeating: Array(repeating: MatrixAccumulator(), count: columns.count), count: rows.count)
        var rowTotals = Array(repeating: MatrixAccumulator(), count: rows.count)
        var columnTotals = Array(repeating: MatrixAccumulator(), count: columns.count)
        var grand = MatrixAccumulator()
        var withoutSpeaker = 0
        // Tallies come a source at a time: its lookup is kept for the next tally.
        var last: (id: String, source: MatrixSource?)?
        for tally in tallies {
            guard coderSet.isEmpty || coderSet.contains(tally.coder) else { continue }
            if last?.id != tally.sourceID { last = (tally.sourceID, sourceByID[tally.sourceID]) }
            guard let source = last?.source, kindSet.isEmpty || kindSet.contains(source.kind) else { continue }
            if rule.bySpeaker, tally.speaker == nil, rowsOfCode[tally.code] != nil {
                withoutSpeaker += tally.count
                continue
            }
            guard let key = rule.key(tally, source), let column = columnIndex[key],
                  let rowIndices = rowsOfCode[tally.code]
            else { continue }
            // Only the participants measure looks at who spoke; the key is not made for the others.
            let participant = measure == .participants && tally.role != nil ? tally.speaker.map { source.caseID + "\u{1F}" + $0 } : nil
            for row in rowIndices {
                cells[row][column].add(tally, participant: participant, measure: measure)
                rowTotals[row].add(tally, participant: participant, measure: measure)
            }
            columnTotals[column].add(tally, participant: participant, measure: measure)
            grand.add(tally, participant: participant, measure: measure)
        }

        let allText = textLength.reduce(0, +)
        func value(_ accumulator: MatrixAccumulator, length: Int) -> MatrixValue {
            switch measure {
            case .fragments: .count(accumulator.count)
            case .participants: .count(accumulator.participants.count)
            case .sources: .count(accumulator.sources.count)
            case .presence: .count(accumulator.count > 0 ? 1 : 0)
            case .share:
                rule.lengthKey == nil || length == 0 ? .notApplicable : .share(Double(accumulator.covered) * 100 / Double(length))
            }
        }
        let matrixRows = rows.enumerated().map { index, row in
            let values = cells[index].enumerated().map { value($0.element, length: textLength[$0.offset]) }
            let total = measure == .presence
                ? MatrixValue.count(cells[index].filter { $0.count > 0 }.count)
                : value(rowTotals[index], length: allText)
            return MatrixRow(code: row.code.short, name: row.code.name, depth: row.depth, values: values, total: total)
        }
        let totals: [MatrixValue]
        let grandTotal: MatrixValue
        if measure == .presence {
            let topRows = rows.indices.filter { rows[$0].depth == 0 }
            totals = columns.indices.map { column in .count(topRows.filter { cells[$0][column].count > 0 }.count) }
            grandTotal = .count(topRows.filter { rowTotals[$0].count > 0 }.count)
        } else {
            totals = columnTotals.enumerated().map { value($0.element, length: textLength[$0.offset]) }
            grandTotal = value(grand, length: allText)
        }
        return Matrix(axis: axis, measure: measure, columns: columns, rows: matrixRows, columnTotals: totals,
                      grandTotal: grandTotal, codingsWithoutSpeaker: withoutSpeaker)
    }

    /// The columns: the cases, the roles, or the sources of the given kinds (any when empty) in
    /// case order, each labelled with its case's table label before its id.
    func columns(_ axis: MatrixAxis, kinds: Set<SourceKind>) -> [MatrixColumn] {
        switch axis {
        case .case: return cases
        case .role: return roles.map { MatrixColumn(id: $0, label: $0) }
        case .source:
            let caseLabels = Dictionary(cases.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            let caseOrder = Dictionary(cases.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
            let chosen = sources.enumerated().filter { kinds.isEmpty || kinds.contains($0.element.kind) }
            return chosen.sorted { (caseOrder[$0.element.caseID] ?? .max, $0.offset) < (caseOrder[$1.element.caseID] ?? .max, $1.offset) }
                .map { MatrixColumn(id: $0.element.id, label: "\(caseLabels[$0.element.caseID] ?? $0.element.caseID) · \($0.element.id)") }
        }
    }

    /// The row codes: each top-level code followed by its sub-codes (depth first), or the
    /// top-level codes alone.
    func rowCodes(collapseSubcodes: Bool) -> [(code: Code, depth: Int)] {
        let codes = codebook.codes
        let known = Set(codes.map(\.short))
        var children: [String: [Code]] = [:]
        for code in codes { if let parent = code.parent { children[parent, default: []].append(code) } }
        var result: [(code: Code, depth: Int)] = []
        // Depth first without recursion: a chain of codes may be thousands deep.
        var pending: [(code: Code, depth: Int)] = []
        for code in codes where code.parent.map({ !known.contains($0) }) ?? true {
            pending.append((code, 0))
            while let (code, depth) = pending.popLast() {
                result.append((code, depth))
                guard !collapseSubcodes else { continue }
                for child in (children[code.short] ?? []).reversed() { pending.append((child, depth + 1)) }
            }
        }
        return result
    }
}

/// The columns of a matrix and the column each tally counts in (by its key); `lengthKey`
/// gives the column whose text a source adds to (nil: share is not applicable); `bySpeaker`:
/// codings outside speaker turns are counted apart, as of unknown column.
struct MatrixColumnRule {
    var columns: [MatrixColumn]
    var key: (MatrixTally, MatrixSource) -> String?
    var lengthKey: ((MatrixSource) -> String?)?
    var bySpeaker: Bool
}

/// What one cell (or total) of the matrix has seen so far; only what the measure needs.
struct MatrixAccumulator {
    var count = 0
    var participants: Set<String> = []
    var sources: Set<String> = []
    var ranges: [String: [ScalarRange]] = [:]

    mutating func add(_ tally: MatrixTally, participant: String?, measure: MatrixMeasure) {
        count += tally.count
        switch measure {
        case .participants: if let participant { participants.insert(participant) }
        case .sources: sources.insert(tally.sourceID)
        case .share: ranges[tally.sourceID, default: []].append(contentsOf: tally.ranges)
        case .fragments, .presence: break
        }
    }

    /// Scalars covered by the union of the ranges, per source.
    var covered: Int {
        ranges.values.reduce(0) { $0 + Self.unionLength($1) }
    }

    /// The length of the union of ranges: overlaps count once, touching ranges simply add.
    static func unionLength(_ ranges: [ScalarRange]) -> Int {
        var total = 0
        var current: ScalarRange?
        for range in ranges.sorted() where !range.isEmpty {
            if let open = current, range.start <= open.end {
                current = ScalarRange(start: open.start, end: max(open.end, range.end))
            } else {
                if let open = current { total += open.length }
                current = range
            }
        }
        return total + (current?.length ?? 0)
    }
}
