import Foundation
import WerkbankCore
import WerkbankExchange

/// One real input that mutations start from.
struct FuzzSeed {
    /// For a case folder, the file's path inside the folder; else a name whose extension is
    /// the format.
    var name: String
    var data: Data
    /// An archive's entries, to mutate inside it.
    var entries: [FuzzArchive.Entry]?
}

/// The seeds of each reader: SampleCases' files, the themes, the TOML test suite's valid
/// documents, transcripts in every format, the REFI-QDA files beside the project and the
/// project's own export.
enum FuzzCorpus {
    /// The case files a case-folder input is made of: the study, the codebook and one case.
    static let caseFolderCase = "cases/jeugdzorg"

    static func seeds(for reader: FuzzReader, cases: URL, shared: URL) throws -> [FuzzSeed] {
        let root = cases.deletingLastPathComponent()
        switch reader {
        case .toml:
            var seeds = try files(under: cases, root: cases).filter { $0.name.hasSuffix(".toml") }
            seeds += try files(under: root.appendingPathComponent("Themes"), root: root).filter { $0.name.hasSuffix(".toml") }
            seeds.append(FuzzSeed(name: "config.toml", data: Data("theme = \"dark-256\"\ncoder = \"Anouk\"\nlang = \"nl\"\nmouse = false\n".utf8)))
            let suite = shared.appendingPathComponent("toml-test/tests")
            if let list = try? String(contentsOf: suite.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8) {
                for path in list.split(separator: "\n") where path.hasPrefix("valid/") && path.hasSuffix(".toml") {
                    if let data = try? Data(contentsOf: suite.appendingPathComponent(String(path))) {
                        seeds.append(FuzzSeed(name: String(path), data: data))
                    }
                }
            }
            return seeds
        case .casefolder:
            return try caseFolderFiles(cases)
        case .transcript:
            return try transcripts(cases)
        case .refi:
            var seeds: [FuzzSeed] = []
            let folder = shared.appendingPathComponent("refi-qda")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] where name.hasSuffix(".qdpx") {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                seeds.append(FuzzSeed(name: name, data: data, entries: FuzzArchive.entries(of: data)))
            }
            let study = try CaseFolderLoader(folder: cases).load()
            let export = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-fuzz-\(UUID().uuidString).qdpx")
            defer { try? FileManager.default.removeItem(at: export) }
            _ = try RefiQDAArchive.export(study: study, to: export)
            let data = try Data(contentsOf: export)
            seeds.append(FuzzSeed(name: "SampleCases.qdpx", data: data, entries: FuzzArchive.entries(of: data)))
            return seeds
        }
    }

    /// The study, the codebook and one case of SampleCases, by path inside the folder.
    static func caseFolderFiles(_ cases: URL) throws -> [FuzzSeed] {
        let top = ["study.toml", "codebook.toml"].map { FuzzSeed(name: $0, data: (try? Data(contentsOf: cases.appendingPathComponent($0))) ?? Data()) }
        return try top + files(under: cases.appendingPathComponent(caseFolderCase), root: cases)
    }

    /// The sources of SampleCases as .md and .txt, and some as .vtt, .srt and .docx.
    static func transcripts(_ cases: URL) throws -> [FuzzSeed] {
        let sources = try files(under: cases.appendingPathComponent("cases"), root: cases).filter { $0.name.hasSuffix(".md") }
        var seeds = sources.map { FuzzSeed(name: ($0.name as NSString).lastPathComponent, data: $0.data) }
        seeds += sources.prefix(4).map { FuzzSeed(name: (($0.name as NSString).lastPathComponent as NSString).deletingPathExtension + ".txt", data: $0.data) }
        let study = try CaseFolderLoader(folder: cases).load()
        for source in study.sources.prefix(3) {
            let scalars = Array(source.text.unicodeScalars)
            let cues = source.turns.prefix(20).enumerated().map { index, turn in
                (index, turn.speaker, String(String.UnicodeScalarView(scalars[turn.range.start..<turn.range.end])))
            }
            func stamp(_ second: Int, _ separator: String) -> String { String(format: "00:%02d:%02d%@000", second / 60, second % 60, separator) }
            let vtt = "WEBVTT\n\n" + cues.map { "\(stamp($0.0 * 5, ".")) --> \(stamp($0.0 * 5 + 4, "."))\n<v \($0.1)>\($0.2)\n" }.joined(separator: "\n")
            let srt = cues.map { "\($0.0 + 1)\n\(stamp($0.0 * 5, ",")) --> \(stamp($0.0 * 5 + 4, ","))\n\($0.1): \($0.2)\n" }.joined(separator: "\n")
            seeds.append(FuzzSeed(name: source.id + ".vtt", data: Data(vtt.utf8)))
            seeds.append(FuzzSeed(name: source.id + ".srt", data: Data(srt.utf8)))
            let paragraphs = cues.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(escape("\($0.1): \($0.2)"))</w:t></w:r></w:p>" }.joined()
            let document = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(paragraphs)</w:body></w:document>
                """
            let entries = [
                FuzzArchive.Entry(path: "[Content_Types].xml", data: Data("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                    """.utf8)),
                FuzzArchive.Entry(path: "word/document.xml", data: Data(document.utf8)),
            ]
            seeds.append(FuzzSeed(name: source.id + ".docx", data: FuzzArchive.zip(entries), entries: entries))
        }
        return seeds
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Every file below `folder`, named by its path relative to `root`, sorted.
    static func files(under folder: URL, root: URL) throws -> [FuzzSeed] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var seeds: [FuzzSeed] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.path
            seeds.append(FuzzSeed(name: path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent,
                                  data: try Data(contentsOf: url)))
        }
        return seeds.sorted { $0.name < $1.name }
    }
}
