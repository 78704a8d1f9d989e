import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The study as stored: roles, coders, codebook and cases (without sources and codings,
    /// which are read on demand).
    public func study() throws(ProjectError) -> Study {
        try study(attributes: true)
    }

    /// The codebook alone.
    public func codebook() throws(ProjectError) -> Codebook {
        try read { db in try codebook(db) }
    }

    /// The study, with its attributes and their values when `attributes` (a report that does
    /// not look at them need not read a value per participant).
    func study(attributes: Bool) throws(ProjectError) -> Study {
        try read { db in
            let decoder = JSONDecoder()
            func strings(_ json: String) throws -> [String] { try decoder.decode([String].self, from: Data(json.utf8)) }
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM study WHERE id = 1") else {
                throw ProjectError.notAProject(path: url.path, reason: "it holds no study")
            }
            let roles = try Row.fetchAll(db, sql: "SELECT * FROM role ORDER BY position").map {
                Role(name: $0["name"], gloss: $0["gloss"], speakerPrefix: $0["speakerPrefix"])
            }
            let coders = try Row.fetchAll(db, sql: "SELECT * FROM coder ORDER BY id").map {
                Coder(name: $0["name"], description: $0["description"])
            }
            return Study(
                title: row["title"], citation: row["citation"], researchQuestions: try strings(row["researchQuestions"]),
                roles: roles, coders: coders, characteristics: try strings(row["characteristics"]),
                tableLabels: RespondentTableLabels(title: row["tableTitle"], corner: row["tableCorner"],
                                                   totalColumn: row["totalColumn"], totalRow: row["totalRow"]),
                codebook: try codebook(db), cases: try cases(db, strings: strings),
                attributes: attributes ? try AttributeStore(db: db).definitions() : [],
                attributeValues: attributes ? try AttributeStore(db: db).assignments() : [])
        }
    }

    private func codebook(_ db: Database) throws -> Codebook {
        let codes = try Row.fetchAll(db, sql: """
            SELECT k.*, p.short AS parentShort FROM code k LEFT JOIN code p ON p.id = k.parentID ORDER BY k.position
            """).map { row in
            Code(short: row["short"], name: row["name"], gloss: row["gloss"], description: row["description"],
                 colour: RGBColour(hex: row["colour"]) ?? RGBColour(red: 128, green: 128, blue: 128),
                 parent: row["parentShort"], groupID: row["groupID"],
                 detail: try (row["detail"] as String?).map { try JSONDecoder().decode(CodeDetailRecord.self, from: Data($0.utf8)).detail })
        }
        let groups = try Row.fetchAll(db, sql: "SELECT * FROM codeGroup ORDER BY position").map { row in
            CodeGroup(id: row["id"], name: row["name"], gloss: row["gloss"], description: row["description"],
                      codes: codes.filter { $0.groupID == row["id"] as String })
        }
        return Codebook(groups: groups)
    }

    private func cases(_ db: Database, strings: (String) throws -> [String]) throws -> [Case] {
        try Row.fetchAll(db, sql: "SELECT * FROM studyCase ORDER BY number").map { row in
            let caseRowID: Int64 = row["id"]
            var respondents: [String: RespondentCount] = [:]
            for count in try Row.fetchAll(db, sql: "SELECT * FROM respondentCount WHERE caseID = ?", arguments: [caseRowID]) {
                respondents[count["role"]] = (count["count"] as Int?).map { .count($0, footnote: count["footnoteMark"]) } ?? .notPartOfCase
            }
            let footnotes = try Row.fetchAll(db, sql: "SELECT * FROM footnote WHERE caseID = ? ORDER BY mark", arguments: [caseRowID])
                .map { Footnote(mark: $0["mark"], text: $0["text"]) }
            return Case(id: row["slug"], number: row["number"], name: row["name"], tableLabel: row["tableLabel"],
                        sector: row["sector"], institutions: try strings(row["institutions"]), description: row["description"],
                        respondents: respondents, footnotes: footnotes)
        }
    }

    /// The published respondent table of the project's cases.
    public func respondentTable() throws(ProjectError) -> RespondentTable {
        try study().respondentTable
    }
}
