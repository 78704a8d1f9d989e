import Foundation
import WerkbankCore

/// Reads a case's `codings.toml` and checks every coding against its source: the code and
/// coder exist, the range lies in the text, and the quote is the text at that range.
struct CodingsLoader {
    let root: URL
    let folderPath: String
    let context: CaseContext
    let sources: [Source]

    func load(into problems: inout Problems) -> [Coding] {
        let name = "\(folderPath)/codings.toml"
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let decoded = problems.attempt { () throws(LoadProblem) -> (TOMLDocument, CodingsFile) in
            let document = TOMLDocument(name: name, text: try TextFile.read(url, as: name))
            return (document, try document.decode(CodingsFile.self))
        }
        guard let (document, file) = decoded else { return [] }
        var codings: [Coding] = []
        for (index, entry) in (file.coding ?? []).enumerated() {
            func problem(_ key: String, _ message: String) -> LoadProblem {
                LoadProblem(file: name, line: document.line(array: "coding", index: index, key: key),
                            field: "coding[\(index + 1)].\(key)", message: message)
            }
            guard let source = sources.first(where: { $0.id == entry.source }) else {
                problems.add(problem("source", "unknown source `\(entry.source)` in this case"))
                continue
            }
            guard let code = context.codebook.codes.first(where: { $0.short == entry.code }) else {
                problems.add(problem("code", "unknown code `\(entry.code)`"))
                continue
            }
            guard context.coders.contains(where: { $0.name == entry.coder }) else {
                problems.add(problem("coder", "unknown coder `\(entry.coder)`; add it to study.toml"))
                continue
            }
            let length = source.text.scalarCount
            guard entry.start >= 0, entry.start < entry.end, entry.end <= length else {
                problems.add(problem("start", "range \(entry.start)..\(entry.end) is not inside the text of \(entry.source) (0..\(length), end exclusive, start before end)"))
                continue
            }
            let range = ScalarRange(start: entry.start, end: entry.end)
            let actual = source.text.scalars(in: range) ?? ""
            guard actual == entry.quote else {
                let found = source.text.scalarRanges(of: entry.quote).map(\.description)
                let hint = found.isEmpty ? "the quote does not occur in the source" : "the quote stands at \(found.joined(separator: ", "))"
                problems.add(problem("quote", "does not match the text at \(range) (\"\(Self.excerpt(actual))\"); \(hint)"))
                continue
            }
            let identity = "\(folderPath)|\(source.id)|\(entry.coder)|\(code.short)|\(range)"
            codings.append(Coding(id: UUID.stable(from: identity), sourceID: source.id, range: range,
                                  code: code.short, coder: entry.coder, memo: entry.memo))
        }
        return codings
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "…"
    }
}
