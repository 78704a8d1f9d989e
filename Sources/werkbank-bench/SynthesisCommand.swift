import ArgumentParser
import Foundation
import TerminalKit
import WerkbankCore
import WerkbankExchange
import WerkbankStore
import WerkbankUI

/// `werkbank-bench synthesis`: times the synthesis grid, opening a cell and the findings
/// report on the synthetic corpus with findings added. Reports; never asserts.
struct SynthesisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesis",
        abstract: "Time the synthesis grid, opening a cell and `report findings` on a corpus with findings.",
        discussion: """
            Builds the synthetic corpus of `run`, with --findings findings spread over the case × element cells, each \
            with --links evidence links to codings of its cell, imported with the study. grid: Project.synthesisGrid \
            (what the grid screen's first frame reads). cell: a cell's findings with their evidence fragments and the \
            cell's first 200 fragments (what opening a cell reads). report: `report findings --format md` over all \
            cases, from reading to text. grid_screen: the workbench's `9` to the grid screen's first frame (120×40); \
            cell_screen: Enter on its first cell to the cell view's first frame (all the cell's fragments, findings, \
            evidence). Medians of 5 runs.
            """)

    @Option(help: "Number of transcripts.") var transcripts = 1000
    @Option(help: "Number of codings.") var codings = 100_000
    @Option(help: "Words per transcript (about).") var words = 3000
    @Option(help: "Number of findings.") var findings = 2000
    @Option(help: "Evidence links per finding.") var links = 10
    @Option(help: "Seed of the corpus.") var seed: UInt64 = 1
    @Flag(help: "Print one JSON object instead of lines.") var json = false
    @Option(help: "Create the project at this path and keep it, instead of in a temporary folder.") var keep: String?

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var corpus = SyntheticCorpus(transcripts: transcripts, codings: codings, words: words, seed: seed).study
        corpus.synthesis = Self.findings(in: corpus, count: findings, links: links)
        let url = keep.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("bench.werkbank")
        let (project, importSeconds) = try Measure.time { try Project.create(at: url, from: corpus) }
        let elements = corpus.codebook.elements.map(\.short)
        let busiest = corpus.synthesis.findings.first?.cell ?? CellKey(caseID: corpus.cases[0].id, element: elements[0])
        let grid = try Measure.medianMilliseconds { try project.synthesisGrid() }
        // For comparison: the study alone, and the matrix's code × case counts (the same tally).
        let studyAlone = try Measure.medianMilliseconds { try project.study() }
        let counts = try Measure.medianMilliseconds { try project.codeCaseCounts() }
        let cell = try Measure.medianMilliseconds {
            let own = try project.findings(caseID: busiest.caseID, element: busiest.element)
            let evidence = try project.evidenceFragments(for: own.flatMap(\.evidence))
            let fragments = try project.fragments(FragmentFilter(codes: [busiest.element], caseIDs: [busiest.caseID]), limit: 200)
            return own.count + evidence.count + fragments.count
        }
        let report = try Measure.medianMilliseconds {
            let study = try project.study()
            let titles = Dictionary(try project.sources().map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            let synthesis = try project.synthesis()
            let cited = synthesis.findings.flatMap(\.evidence) + synthesis.conclusions.flatMap(\.evidence)
            let document = FindingsDocument(study: study, synthesis: synthesis, grid: try project.synthesisGrid(),
                                            fragments: try project.evidenceFragments(for: cited), sourceTitles: titles)
            return document.markdown().utf8.count
        }
        let screens = try Self.screens(project)
        let figures: [(String, Double)] = [("import_s", importSeconds), ("grid_ms", grid.ms), ("study_ms", studyAlone.ms),
                                           ("code_case_counts_ms", counts.ms), ("open_cell_ms", cell.ms),
                                           ("report_findings_ms", report.ms), ("grid_screen_ms", screens.grid),
                                           ("cell_screen_ms", screens.cell)]
        if json {
            var object: [String: Any] = Dictionary(uniqueKeysWithValues: figures.map { ($0.0, $0.1) })
            object["findings"] = corpus.synthesis.findings.count
            object["links"] = corpus.synthesis.findings.reduce(0) { $0 + $1.evidence.count }
            object["report_bytes"] = report.result
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("werkbank-bench synthesis: \(transcripts) transcripts, \(codings) codings, \(corpus.synthesis.findings.count) findings × \(links) links")
            for (name, value) in figures { print("\(name): \(String(format: "%.1f", value))") }
            print("report_bytes: \(report.result)")
        }
    }

    /// The workbench on the project at 120×40: `9` to the grid's first frame, and Enter on the
    /// first cell to the cell view's first frame, each with the reads its effects do.
    static func screens(_ project: Project) throws -> (grid: Double, cell: Double) {
        let state = AppState(language: .en, readOnly: false, coder: "bench", projectName: "bench.werkbank",
                             theme: .builtIn, colorProfile: .ansi256, width: 120, height: 40)
        let workbench = try Workbench(project: project, state: state)
        _ = workbench.render()
        let grid = Measure.medianMilliseconds {
            workbench.press(.character("9"))
            _ = workbench.render()
            workbench.press(.escape)
        }
        workbench.press(.character("9"))
        let cell = Measure.medianMilliseconds {
            workbench.press(.enter)
            _ = workbench.render()
            workbench.press(.escape)
        }
        return (grid.ms, cell.ms)
    }

    /// `count` findings round-robin over the cells, each citing up to `links` codings of its
    /// cell (sub-codes rolled up), and a judgement for every cell that has findings.
    static func findings(in study: Study, count: Int, links: Int) -> Synthesis {
        let caseOf = Dictionary(study.sources.map { ($0.id, $0.caseID) }, uniquingKeysWith: { first, _ in first })
        let texts = Dictionary(study.sources.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        var top: [String: String] = [:]
        for element in study.codebook.elements { for code in study.codebook.subtree(of: element.short) { top[code] = element.short } }
        var byCell: [CellKey: [Coding]] = [:]
        for coding in study.codings {
            guard let element = top[coding.code], let caseID = caseOf[coding.sourceID] else { continue }
            byCell[CellKey(caseID: caseID, element: element), default: []].append(coding)
        }
        let cells = byCell.keys.sorted()
        guard !cells.isEmpty else { return Synthesis() }
        var synthesis = Synthesis()
        var used: [CellKey: Int] = [:]
        for index in 0..<count {
            let cell = cells[index % cells.count]
            let pool = byCell[cell] ?? []
            let start = used[cell, default: 0]
            let chosen = (0..<min(links, pool.count)).map { pool[(start + $0) % pool.count] }
            used[cell] = start + links
            let evidence = chosen.map { coding in
                Evidence(codingID: coding.id, sourceID: coding.sourceID, range: coding.range,
                         quote: texts[coding.sourceID]?.scalars(in: coding.range) ?? "")
            }
            synthesis.findings.append(Finding(cell: cell, text: "Bevinding \(index + 1) over \(cell.element) in \(cell.caseID).",
                                              author: "bench", evidence: evidence))
        }
        synthesis.judgements = Set(synthesis.findings.map(\.cell)).sorted().map {
            RecognitionJudgement(cell: $0, status: .herkend, why: "bench", author: "bench")
        }
        return synthesis
    }
}
