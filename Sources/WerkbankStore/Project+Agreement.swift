import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The names of every coder known to the project, in name order.
    public func coderNames() throws(ProjectError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM coder ORDER BY name") }
    }

    /// What inter-coder agreement between two coders needs: the selected sources' lengths and
    /// turns, and both coders' codings in them.
    ///
    /// - Parameters:
    ///   - coders: coder A and coder B.
    ///   - sourceIDs: the sources to compare; by default every source both coders coded.
    ///   - caseID: when given, only the sources of this case (by slug) are kept.
    /// - Throws: ``ProjectError/unknownSource(_:)`` or ``ProjectError/unknownCase(_:)``.
    public func agreementInput(coders: (String, String), sourceIDs: [String]? = nil,
                               caseID: String? = nil) throws(ProjectError) -> AgreementInput {
        try read { db in
            if let caseID, try Bool.fetchOne(db, sql: "SELECT 1 FROM studyCase WHERE slug = ?", arguments: [caseID]) == nil {
                throw ProjectError.unknownCase(caseID)
            }
            let selected: [String]
            if let sourceIDs {
                for id in sourceIDs where try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE slug = ?", arguments: [id]) == nil {
                    throw ProjectError.unknownSource(id)
                }
                var seen = Set<String>()
                selected = sourceIDs.filter { seen.insert($0).inserted }
            } else {
                selected = try String.fetchAll(db, sql: """
                    SELECT s.slug FROM source s JOIN studyCase sc ON sc.id = s.caseID
                    WHERE EXISTS (SELECT 1 FROM coding c JOIN coder d ON d.id = c.coderID WHERE c.sourceID = s.id AND d.name = ?)
                      AND EXISTS (SELECT 1 FROM coding c JOIN coder d ON d.id = c.coderID WHERE c.sourceID = s.id AND d.name = ?)
                    ORDER BY sc.number, s.position
                    """, arguments: [coders.0, coders.1])
            }
            var sources: [AgreementSource] = []
            var codings: [Coding] = []
            for id in selected {
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT s.id, s.length, sc.slug AS caseSlug FROM source s JOIN studyCase sc ON sc.id = s.caseID WHERE s.slug = ?
                    """, arguments: [id]) else { throw ProjectError.unknownSource(id) }
                if let caseID, row["caseSlug"] as String != caseID { continue }
                let rowID: Int64 = row["id"]
                let turns = try Row.fetchAll(db, sql: "SELECT start, \"end\" FROM turn WHERE sourceID = ? ORDER BY start",
                                             arguments: [rowID]).map { ScalarRange(start: $0["start"], end: $0["end"]) }
                sources.append(AgreementSource(id: id, length: row["length"], turns: turns))
                codings += try Row.fetchAll(db, sql: """
                    SELECT \(CodingReader.columns) \(CodingReader.joins)
                    WHERE c.sourceID = ? AND d.name IN (?, ?) ORDER BY c.start, c."end", k.position
                    """, arguments: [rowID, coders.0, coders.1]).map(CodingReader.coding)
            }
            return AgreementInput(coderA: coders.0, coderB: coders.1, sources: sources, codings: codings)
        }
    }

    /// The codes of the codebook in codebook order, so that reports list codes as the
    /// codebook does.
    public func codeOrder() throws(ProjectError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT short FROM code ORDER BY position") }
    }
}

extension Project {
    /// The agreement of two coders as every screen and command shows it: the table of
    /// ``agreementInput(coders:sourceIDs:caseID:)``, codes in codebook order.
    ///
    /// - Parameters:
    ///   - coders: coder A and coder B, as stored.
    ///   - unit: character, turn or segment.
    ///   - threshold: least overlap for segments to agree.
    ///   - sourceIDs: the sources to compare; by default every source both coders coded.
    ///   - caseID: when given, only the sources of this case.
    /// - Returns: the report; ``CoderAgreement/isEmpty`` when the coders share no source.
    /// - Throws: ``ProjectError/unknownSource(_:)`` or ``ProjectError/unknownCase(_:)``.
    public func agreementReport(coders: (String, String), unit: AgreementUnit,
                                threshold: Double = AgreementInput.defaultSegmentThreshold,
                                sourceIDs: [String]? = nil, caseID: String? = nil) throws(ProjectError) -> CoderAgreement {
        let input = try agreementInput(coders: coders, sourceIDs: sourceIDs, caseID: caseID)
        return CoderAgreement(input, unit: unit, codeOrder: try codeOrder(), threshold: threshold)
    }
}
