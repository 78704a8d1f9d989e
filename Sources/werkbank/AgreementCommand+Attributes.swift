import ArgumentParser
import WerkbankCore
import WerkbankStore

/// `--where` and `--by` of `werkbank agreement`: the sources compared chosen by a source or
/// case attribute, or the pooled agreement side by side for each value of one.
extension AgreementCommand {
    /// The ids of the sources whose source or case meets `conditions`; `nil` without any.
    /// Agreement compares whole sources, so a participant's attribute is refused.
    func sources(meeting conditions: [AttributeCondition], in project: Project) throws -> Set<String>? {
        guard !conditions.isEmpty else { return nil }
        let definitions = try withProject { () throws(ProjectError) in try project.attributeDefinitions() }
        for condition in conditions {
            if let definition = definitions.first(where: { $0.id == condition.name.lowercased() }), definition.target == .participant {
                throw ValidationError("""
                    agreement compares whole sources; `\(definition.name)` is an attribute of participants \
                    (use a source or case attribute, or werkbank fragments --where)
                    """)
            }
        }
        let matcher = try withProject { () throws(ProjectError) in try project.attributeMatcher(conditions) }
        let all = try withProject { () throws(ProjectError) in try project.sources() }
        return Set(all.filter { matcher.matches(caseID: $0.caseID, sourceID: $0.id, speaker: nil) }.map(\.id))
    }

    /// One row per value of a category attribute of sources or cases (and `(none)`): the
    /// pooled figures of the two coders over the sources with that value.
    func tableByAttribute(_ name: String, coders: (String, String), chosen: Set<String>?, caseID: String?,
                          in project: Project) throws -> ReportTable {
        let definitions = try withProject { () throws(ProjectError) in try project.attributeDefinitions() }
        guard let definition = definitions.first(where: { $0.id == name.lowercased() }) else {
            let categories = definitions.filter { $0.kind == .category && $0.target != .participant }.map(\.name)
            throw ValidationError("--by takes a category attribute of sources or cases (\(categories.joined(separator: ", "))), not `\(name)`")
        }
        guard definition.kind == .category, definition.target != .participant else {
            throw ValidationError("--by takes a category attribute of sources or cases; `\(definition.name)` is a \(definition.kind.rawValue) of \(definition.target.rawValue)s")
        }
        let valueOf = try withProject { () throws(ProjectError) in try project.attributeValues(attribute: definition.name) }.valueByTargetKey
        let all = try withProject { () throws(ProjectError) in try project.sources() }
        var columns: [ReportTable.Column] = []
        var rows: [[ReportTable.Cell]] = []
        for value in definition.values + [MatrixAttributeAxis.noneColumn] {
            let ids = all.filter { source in
                let key = definition.target == .case ? source.caseID : source.id
                return (valueOf[key] ?? MatrixAttributeAxis.noneColumn) == value && chosen.map { $0.contains(source.id) } ?? true
            }.map(\.id)
            let report = ids.isEmpty ? nil : try withProject { () throws(ProjectError) in
                try project.agreementReport(coders: coders, unit: unit, threshold: threshold, sourceIDs: ids, caseID: caseID)
            }
            guard let report, !report.isEmpty, let pooled = report.table.rows.last else {
                rows.append([.text(value), .number(0)])
                continue
            }
            if columns.isEmpty {
                columns = [ReportTable.Column(definition.name), ReportTable.Column("Sources", alignment: .right)]
                    + report.table.columns.dropFirst()
            }
            rows.append([.text(value), .number(report.sourceIDs.count)] + pooled.dropFirst())
        }
        if columns.isEmpty { columns = [ReportTable.Column(definition.name), ReportTable.Column("Sources", alignment: .right)] }
        // Values without a source both coded have nothing to show in the statistics' columns.
        rows = rows.map { $0.count < columns.count ? $0 + Array(repeating: .notApplicable, count: columns.count - $0.count) : $0 }
        return ReportTable(title: "Agreement of \(coders.0) and \(coders.1) by \(definition.name) (\(unit.rawValue), all codes pooled)",
                           columns: columns, rows: rows,
                           footnotes: ["Each row pools every code over the sources both coders coded with that value."])
    }
}
