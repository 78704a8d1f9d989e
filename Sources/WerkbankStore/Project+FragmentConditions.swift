import GRDB
import WerkbankCore

extension Project {
    /// The tables a filter's conditions name besides the coding `c`.
    struct ConditionTables: OptionSet {
        let rawValue: Int
        /// The source `s` and its case `sc`.
        static let source = ConditionTables(rawValue: 1)
        /// The coder `d`.
        static let coder = ConditionTables(rawValue: 2)
        /// The coding's speaker's role, under the alias given.
        static let role = ConditionTables(rawValue: 4)
    }

    /// The SQL conditions (joined by AND) of `filter` on a coding `c`, its source `s`, case
    /// `sc`, coder `d` and the role (`roleAlias.role`), with their arguments and the tables
    /// they name; `nil` when none can match.
    static func fragmentConditions(_ filter: FragmentFilter, roleAlias: String,
                                   db: Database) throws -> ([String], StatementArguments, ConditionTables)? {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        var tables: ConditionTables = []
        func add(_ column: String, _ values: [String], _ table: ConditionTables) {
            guard !values.isEmpty else { return }
            conditions.append("\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
            arguments += StatementArguments(values)
            tables.insert(table)
        }
        if !filter.codes.isEmpty {
            // Code ids first, so that the codings are found through their code index.
            let marks = Array(repeating: "?", count: filter.codes.count).joined(separator: ", ")
            let subcodes = filter.includeSubcodes ? " OR parentID IN (SELECT id FROM code WHERE short IN (\(marks)))" : ""
            let codeIDs = try Int64.fetchAll(db, sql: "SELECT id FROM code WHERE short IN (\(marks))\(subcodes)",
                                             arguments: StatementArguments(filter.codes + (filter.includeSubcodes ? filter.codes : [])))
            guard !codeIDs.isEmpty else { return nil }
            conditions.append("c.codeID IN (\(codeIDs.map(String.init).joined(separator: ", ")))")
        }
        add("sc.slug", filter.caseIDs, .source)
        add("\(roleAlias).role", filter.roles, [.source, .role])
        add("s.kind", filter.kinds.map(\.rawValue), .source)
        add("d.name", filter.coders, .coder)
        if filter.coders.isEmpty && !filter.includePractice { conditions.append(try PracticeLayer.excluded(db: db)) }
        add("s.slug", filter.sourceIDs, .source)
        conditions += try CodeCombinationClause.conditions(filter.combinations, mode: filter.combinationMode,
                                                           includeSubcodes: filter.includeSubcodes,
                                                           coders: filter.coders, db: db)
        for (kind, keys) in try AttributeStore(db: db).matcher(filter.attributes).conditions {
            let column = kind == .case ? "sc.slug" : kind == .source ? "s.slug" : "(sc.slug || '/' || c.speaker)"
            conditions.append(keys.isEmpty ? "0" : "\(column) IN (\(Array(repeating: "?", count: keys.count).joined(separator: ", ")))")
            arguments += StatementArguments(keys.sorted())
            tables.insert(.source)
        }
        return (conditions, arguments, tables)
    }
}
