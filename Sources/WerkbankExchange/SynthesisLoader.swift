import Foundation
import WerkbankCore

/// Reads a case's `findings.toml` and the folder's `conclusions.toml`, checking elements
/// (top-level codes), statuses, roles, cases and evidence: each piece of evidence names a
/// coding of `codings.toml` by source, code, coder and range.
struct SynthesisLoader {
    let root: URL
    let context: CaseContext
    let sources: [Source]
    let codings: [Coding]
    /// Sources whose codings did not all load: evidence on them is not checked (their
    /// codings.toml's problems are reported instead), and what cites it is left out.
    var unchecked: Set<String> = []

    init(root: URL, context: CaseContext, sources: [Source], codings: [Coding]) {
        self.root = root
        self.context = context
        self.sources = sources
        self.codings = codings
    }

    /// The findings and judgements of the case in `folderPath` (its id is `caseID`).
    func loadFindings(folderPath: String, caseID: String, into problems: inout Problems) -> Synthesis {
        let name = "\(folderPath)/findings.toml"
        guard let (document, file) = decode(FindingsFile.self, name, into: &problems) else { return Synthesis() }
        var synthesis = Synthesis()
        var judged: Set<String> = []
        for (index, entry) in (file.judgement ?? []).enumerated() {
            let at = Located(document: document, array: "judgement", index: index)
            guard let element = element(entry.element, at: at, into: &problems) else { continue }
            guard let status = RecognitionStatus(parsing: entry.status) else {
                problems.add(at.problem("status", "unknown status `\(entry.status)`; use \(RecognitionStatus.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            guard !entry.why.contains(where: \.isNewline) else {
                problems.add(at.problem("why", "a judgement's justification is one line"))
                continue
            }
            guard judged.insert(element).inserted else {
                problems.add(at.problem("element", "`\(element)` is judged twice in this case"))
                continue
            }
            synthesis.judgements.append(RecognitionJudgement(cell: CellKey(caseID: caseID, element: element), status: status,
                                                             why: entry.why, author: entry.author))
        }
        for (index, entry) in (file.finding ?? []).enumerated() {
            let at = Located(document: document, array: "finding", index: index)
            guard let element = element(entry.element, at: at, into: &problems) else { continue }
            let text = entry.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                problems.add(at.problem("text", "a finding needs a text"))
                continue
            }
            if let role = entry.role, !context.roles.contains(where: { $0.name == role }) {
                problems.add(at.problem("role", "unknown role `\(role)`; the roles are \(context.roles.map(\.name).joined(separator: ", "))"))
                continue
            }
            guard let evidence = evidence(entry.evidence ?? [], at: at, into: &problems) else { continue }
            synthesis.findings.append(Finding(id: UUID.stable(from: "\(folderPath)|finding|\(element)|\(text)"),
                                              cell: CellKey(caseID: caseID, element: element), text: text, author: entry.author,
                                              role: entry.role, evidence: evidence))
        }
        return synthesis
    }

    /// The conclusions of `conclusions.toml`, citing cells of `caseIDs` and codings of any case.
    func loadConclusions(caseIDs: Set<String>, into problems: inout Problems) -> [Conclusion] {
        let name = "conclusions.toml"
        guard let (document, file) = decode(ConclusionsFile.self, name, into: &problems) else { return [] }
        var conclusions: [Conclusion] = []
        for (index, entry) in (file.conclusion ?? []).enumerated() {
            let at = Located(document: document, array: "conclusion", index: index)
            let text = entry.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                problems.add(at.problem("text", "a conclusion needs a text"))
                continue
            }
            var cells: [CellKey] = []
            for (cellIndex, cell) in (entry.cells ?? []).enumerated() {
                guard caseIDs.contains(cell.case) else {
                    problems.add(at.problem("cells", "cell \(cellIndex + 1): unknown case `\(cell.case)` (a case folder name)"))
                    continue
                }
                guard let element = element(cell.element, at: at, key: "cells", into: &problems) else { continue }
                cells.append(CellKey(caseID: cell.case, element: element))
            }
            guard cells.count == (entry.cells ?? []).count, let evidence = evidence(entry.evidence ?? [], at: at, into: &problems) else { continue }
            conclusions.append(Conclusion(id: UUID.stable(from: "conclusion|\(text)"), text: text, author: entry.author, cells: cells,
                                          evidence: evidence))
        }
        return conclusions
    }

    private func decode<T: Decodable>(_ type: T.Type, _ name: String, into problems: inout Problems) -> (TOMLDocument, T)? {
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return problems.attempt { () throws(LoadProblem) -> (TOMLDocument, T) in
            let document = TOMLDocument(name: name, text: try TextFile.read(url, as: name))
            return (document, try document.decode(type))
        }
    }

    /// Where an entry stands, for its problems.
    struct Located {
        let document: TOMLDocument
        let array: String
        let index: Int

        func problem(_ key: String, _ message: String) -> LoadProblem {
            LoadProblem(file: document.name, line: document.line(array: array, index: index, key: key),
                        field: "\(array)[\(index + 1)].\(key)", message: message)
        }
    }

    /// The short name of a top-level code, or a problem.
    private func element(_ short: String, at: Located, key: String = "element", into problems: inout Problems) -> String? {
        guard let code = context.codebook.codes.first(where: { $0.short == short }) else {
            problems.add(at.problem(key, "unknown code `\(short)`"))
            return nil
        }
        if let parent = code.parent {
            problems.add(at.problem(key, "`\(short)` is a sub-code of `\(parent)`; findings and judgements belong to top-level codes (sub-codes roll up)"))
            return nil
        }
        return code.short
    }

    /// The codings named, as evidence; `nil` (with problems) when one is not among the codings.
    private func evidence(_ entries: [EvidenceEntry], at: Located, into problems: inout Problems) -> [Evidence]? {
        var found: [Evidence] = []
        for (index, entry) in entries.enumerated() {
            let range = ScalarRange(start: entry.start, end: entry.end)
            guard let coding = codings.first(where: {
                $0.sourceID == entry.source && $0.code == entry.code && $0.coder == entry.coder && $0.range == range
            }) else {
                if unchecked.contains(entry.source) { return nil }
                problems.add(at.problem("evidence", "evidence \(index + 1): no coding \(entry.code) by \(entry.coder) at \(range) of `\(entry.source)` in codings.toml"))
                return nil
            }
            let quote = sources.first { $0.id == coding.sourceID }?.text.scalars(in: range) ?? ""
            found.append(Evidence(codingID: coding.id, sourceID: coding.sourceID, range: range, quote: quote))
        }
        return found
    }
}
