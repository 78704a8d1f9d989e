extension Study {
    /// The cases with both names, institutions, respondents and number of sources
    /// (`sourceCounts` by case id; by default counted from ``sources``).
    public func casesReport(sourceCounts: [String: Int]? = nil) -> ReportTable {
        let counts = sourceCounts ?? Dictionary(grouping: sources, by: \.caseID).mapValues(\.count)
        let table = respondentTable
        let rows: [[ReportTable.Cell]] = cases.map { studyCase in
            [.number(studyCase.number), .text(studyCase.name), .text(studyCase.tableLabel),
             .text(studyCase.institutions.joined(separator: "; ")), .text(studyCase.sector),
             table.total(case: studyCase).reportCell, .number(counts[studyCase.id] ?? 0)]
        }
        return ReportTable(
            title: "Cases",
            columns: [.init("#", alignment: .right), .init("Case"), .init("Table label"), .init("Institutions"),
                      .init("Sector"), .init("Respondents", alignment: .right), .init("Sources", alignment: .right)],
            rows: rows)
    }

    /// One case's column of the respondent table, with its footnotes.
    public func respondentReport(for studyCase: Case) -> ReportTable {
        var report = RespondentTable(roles: roles, cases: [studyCase], labels: tableLabels).report
        report.title = "\(tableLabels.title): \(studyCase.name) (\(studyCase.tableLabel))"
        return report
    }
}

extension Codebook {
    /// Every code with its group, names, colour and parent, in codebook order.
    public var report: ReportTable {
        let rows: [[ReportTable.Cell]] = groups.flatMap { group in
            group.codes.map { code in
                [.text(group.name), .text(code.short), .text(code.name), .text(code.gloss),
                 .text(code.colour.hex), .text(code.parent ?? "")]
            }
        }
        return ReportTable(
            title: "Codebook",
            columns: [.init("Group"), .init("Code"), .init("Name"), .init("Gloss"), .init("Colour"), .init("Parent")],
            rows: rows)
    }
}
