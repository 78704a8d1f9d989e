import Foundation

/// A source as it can be named: by its id or its title.
public struct SourceName: Hashable, Sendable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// Finds the cases, roles, coders and sources of a study that a user names, the same way on
/// the command line and in the workbench.
///
/// A name is tried in steps; the first step that fits anything decides:
/// 1. the name exactly as written against each thing's identifying names, then against its
///    other names (see below);
/// 2. the same with the name folded (case, diacritics, and all but letters and digits
///    ignored: `zorg1`, `clienten`, `Revalidatie-1`);
/// 3. the folded name as the start of a folded name (`jeugd` for *Jeugdzorg*, `stud` for
///    *Studenten*).
///
/// When a step fits more than one thing the name is ambiguous (`zorg` is *Zorg 1* or
/// *Zorg 2*) and the error lists those; when no step fits, the error lists all.
///
/// | kind | identifying names | other names |
/// |---|---|---|
/// | case | folder name, number | name, table label |
/// | role | name | English gloss |
/// | coder | name | |
/// | source | id | title |
public struct NameResolver: Sendable {
    /// The cases in study order.
    public var cases: [Case]
    /// The roles in study order.
    public var roles: [Role]
    /// Coder names.
    public var coders: [String]
    public var sources: [SourceName]

    public init(cases: [Case] = [], roles: [Role] = [], coders: [String] = [], sources: [SourceName] = []) {
        self.cases = cases
        self.roles = roles
        self.coders = coders
        self.sources = sources
    }

    /// The study's cases and roles, and its coders and sources unless others are given (a
    /// project's study holds no sources, and a workbench's coder may not have coded yet).
    public init(study: Study, coders: [String]? = nil, sources: [SourceName]? = nil) {
        self.init(cases: study.cases, roles: study.roles, coders: coders ?? study.coders.map(\.name),
                  sources: sources ?? study.sources.map { SourceName(id: $0.id, title: $0.title) })
    }

    /// The case named by its folder name, number, name or table label.
    public func `case`(_ name: String) throws(NameError) -> Case {
        try Self.resolve(name, kind: .case, among: cases, label: Self.label(of:)) {
            [[$0.id, String($0.number)], [$0.name, $0.tableLabel]]
        }
    }

    /// The role named by its Dutch name or its English gloss.
    public func role(_ name: String) throws(NameError) -> Role {
        try Self.resolve(name, kind: .role, among: roles, label: \.name) { [[$0.name], [$0.gloss]] }
    }

    /// The coder's name as stored.
    public func coder(_ name: String) throws(NameError) -> String {
        try Self.resolve(name, kind: .coder, among: coders, label: { $0 }) { [[$0]] }
    }

    /// The source named by its id or its title.
    public func source(_ name: String) throws(NameError) -> SourceName {
        try Self.resolve(name, kind: .source, among: sources, label: \.id) { [[$0.id], [$0.title]] }
    }

    /// How a case is listed in messages: `Revalidatie 1 (Zorg 1)`.
    public static func label(of studyCase: Case) -> String {
        studyCase.tableLabel.isEmpty || studyCase.tableLabel == studyCase.name
            ? studyCase.name : "\(studyCase.name) (\(studyCase.tableLabel))"
    }

    /// The one item `name` names, by the steps described on the type. `names` gives an item's
    /// names, most identifying first.
    public static func resolve<Item>(_ name: String, kind: NamedKind, among items: [Item], label: (Item) -> String,
                                     names: (Item) -> [[String]]) throws(NameError) -> Item {
        let tiers = items.map(names)
        let depth = tiers.map(\.count).max() ?? 0
        func decide(_ fits: (Int) -> Bool) throws(NameError) -> Item? {
            let found = items.indices.filter(fits)
            guard found.count <= 1 else {
                throw NameError(kind: kind, name: name, problem: .ambiguous, candidates: found.map { label(items[$0]) })
            }
            return found.first.map { items[$0] }
        }
        func namesOf(_ item: Int, tier: Int) -> [String] { tiers[item].indices.contains(tier) ? tiers[item][tier] : [] }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let wanted = folded(trimmed)
        if !wanted.isEmpty {
            for tier in 0..<depth {
                if let item = try decide({ namesOf($0, tier: tier).contains(trimmed) }) { return item }
            }
            for tier in 0..<depth {
                if let item = try decide({ namesOf($0, tier: tier).contains { folded($0) == wanted } }) { return item }
            }
            if let item = try decide({ tiers[$0].joined().contains { folded($0).hasPrefix(wanted) } }) { return item }
        }
        throw NameError(kind: kind, name: name, problem: .unknown, candidates: items.map(label))
    }

    /// A name as compared: without case, diacritics, spaces or punctuation (`Zorg 1`, `zorg-1`
    /// and `ZORG1` are `zorg1`; `Cliënten` is `clienten`).
    public static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber }
    }
}
