import Foundation
import WerkbankCore

/// Reads a case folder (docs/FILE-FORMATS.md) into a ``Study``.
///
/// Loading is all or nothing: every problem in every file is collected, and if there is any,
/// ``load()`` throws them all and returns nothing.
public struct CaseFolderLoader: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The study in the folder, or every problem found.
    public func load() throws(CaseFolderError) -> Study {
        var problems = Problems()
        let study = read(into: &problems)
        if let study, problems.list.isEmpty { return study }
        throw CaseFolderError(folder: folder.path, problems: problems.list)
    }

    /// Every problem of the folder; empty when it loads.
    public func validate() -> [LoadProblem] {
        var problems = Problems()
        _ = read(into: &problems)
        return problems.list
    }

    private func read(into problems: inout Problems) -> Study? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            problems.add(LoadProblem(file: folder.path, message: "is not a folder"))
            return nil
        }
        let studyFile = problems.attempt { () throws(LoadProblem) in try decode(StudyFile.self, "study.toml") }
        let codebook = problems.attempt { () throws(LoadProblem) in try loadCodebook() }
        guard let (studyDocument, study) = studyFile else { return nil }
        let roles = makeRoles(study, document: studyDocument, problems: &problems)
        let coders = (study.coder ?? []).map { Coder(name: $0.name, description: $0.description ?? "") }
        let attributes = makeAttributes(study, document: studyDocument, problems: &problems)
        let context = CaseContext(roles: roles, coders: coders, codebook: codebook ?? Codebook(groups: []), attributes: attributes)

        var cases: [Case] = []
        var sources: [Source] = []
        var codings: [Coding] = []
        var attributeValues: [AttributeAssignment] = []
        var synthesis = Synthesis()
        var unchecked: Set<String> = []
        for caseFolder in caseFolders(&problems) {
            guard let loaded = CaseLoader(root: folder, folderName: caseFolder, context: context).load(into: &problems) else { continue }
            cases.append(loaded.studyCase)
            sources += loaded.sources
            codings += loaded.codings
            attributeValues += loaded.attributeValues
            synthesis.findings += loaded.synthesis.findings
            synthesis.judgements += loaded.synthesis.judgements
            if !loaded.codingsComplete { unchecked.formUnion(loaded.sources.map(\.id)) }
        }
        var conclusions = SynthesisLoader(root: folder, context: context, sources: sources, codings: codings)
        conclusions.unchecked = unchecked
        synthesis.conclusions = conclusions.loadConclusions(caseIDs: Set(cases.map(\.id)), into: &problems)
        checkStudyWide(cases: cases, sources: sources, problems: &problems)
        guard let codebook else { return nil }
        let labels = study.respondent_table
        return Study(
            title: study.title, citation: study.source ?? "", researchQuestions: study.research_questions ?? [],
            roles: roles, coders: coders, characteristics: (study.characteristic ?? []).map(\.text),
            tableLabels: RespondentTableLabels(title: labels.title ?? "Respondenten", corner: labels.corner,
                                               totalColumn: labels.total_column, totalRow: labels.total_row),
            codebook: codebook, cases: cases, sources: sources, codings: codings, synthesis: synthesis,
            attributes: attributes, attributeValues: attributeValues)
    }

    func decode<T: Decodable>(_ type: T.Type, _ name: String) throws(LoadProblem) -> (TOMLDocument, T) {
        let text = try TextFile.read(folder.appendingPathComponent(name), as: name)
        let document = TOMLDocument(name: name, text: text)
        return (document, try document.decode(type))
    }

    private func makeRoles(_ study: StudyFile, document: TOMLDocument, problems: inout Problems) -> [Role] {
        var seen = Set<String>()
        return study.role.enumerated().compactMap { index, entry in
            guard seen.insert(entry.name).inserted else {
                problems.add(LoadProblem(file: document.name, line: document.line(array: "role", index: index, key: "name"),
                                         message: "role `\(entry.name)` is defined twice"))
                return nil
            }
            return Role(name: entry.name, gloss: entry.gloss, speakerPrefix: entry.prefix)
        }
    }

    private func caseFolders(_ problems: inout Problems) -> [String] {
        let casesURL = folder.appendingPathComponent("cases")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: casesURL.path) else {
            problems.add(LoadProblem(file: "cases", message: "folder is missing: it holds one folder per case"))
            return []
        }
        let folders = names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: casesURL.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if folders.isEmpty { problems.add(LoadProblem(file: "cases", message: "holds no case folders")) }
        return folders
    }

    private func checkStudyWide(cases: [Case], sources: [Source], problems: inout Problems) {
        for (number, group) in Dictionary(grouping: cases, by: \.number) where group.count > 1 {
            problems.add(LoadProblem(file: "cases", message: "cases \(group.map(\.id).sorted().joined(separator: " and ")) both have number \(number)"))
        }
        for (id, group) in Dictionary(grouping: sources, by: \.id) where group.count > 1 {
            problems.add(LoadProblem(file: "cases", message: "source id `\(id)` is used in \(group.map(\.caseID).sorted().joined(separator: " and ")); source file names must be unique"))
        }
    }
}

/// Problems collected while loading.
struct Problems {
    private(set) var list: [LoadProblem] = []

    mutating func add(_ problem: LoadProblem) { list.append(problem) }

    /// Runs a step, keeping its problem and returning `nil` when it fails.
    mutating func attempt<T>(_ step: () throws(LoadProblem) -> T) -> T? {
        do { return try step() } catch { list.append(error); return nil }
    }
}

/// What loading a case needs from the study.
struct CaseContext {
    var roles: [Role]
    var coders: [Coder]
    var codebook: Codebook
    var attributes: [AttributeDefinition] = []
}
