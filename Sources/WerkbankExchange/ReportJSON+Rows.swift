import WerkbankCore

extension ReportJSON {
    /// A table's JSON written a row at a time: its columns and footnotes first, then each row,
    /// then its title (the keys' sorted order puts the title last), so that the rows need not
    /// be held. ``ReportJSON/write(_:into:)`` writes a whole table through it.
    struct Rows {
        private let titles: [String]
        /// The keys of a row in the order of JSONSerialization's `.sortedKeys`; a row's
        /// `footnoteMarks` falls among its column titles.
        private let order: [Int]
        /// Each key as written, `      "Title" : `, escaped once rather than in every row.
        private let keys: [[UInt8]]
        private var count = 0

        /// Writes the head of the object, up to the opening of its rows, to `out`.
        init(columns titles: [String], footnotes: [String], into out: inout [UInt8]) {
            self.titles = titles
            order = ReportJSON.sortedIndices(titles + ["footnoteMarks"])
            keys = (titles + ["footnoteMarks"]).map { title in
                var key = Array("      ".utf8)
                ReportJSON.string(title, into: &key)
                key += Array(" : ".utf8)
                return key
            }
            out += Array("{\n  \"columns\" : ".utf8)
            ReportJSON.array(titles, indent: 1, into: &out)
            out += Array(",\n  \"footnotes\" : ".utf8)
            ReportJSON.array(footnotes, indent: 1, into: &out)
            out += Array(",\n  \"rows\" : [\n".utf8)
        }

        /// Writes one row to `out`.
        mutating func append(_ row: [ReportTable.Cell], into out: inout [UInt8]) {
            if count > 0 { out.append(contentsOf: ",\n".utf8) }
            count += 1
            out.append(contentsOf: "    {\n".utf8)
            var marks: [(String, String)] = []
            for (title, cell) in zip(titles, row) {
                if case .annotated(_, let mark) = cell { marks.append((title, mark)) }
            }
            var first = true
            for index in order {
                if index == titles.count {
                    guard !marks.isEmpty else { continue }
                } else if index >= row.count {
                    continue
                }
                if !first { out.append(contentsOf: ",\n".utf8) }
                first = false
                out += keys[index]
                if index == titles.count {
                    ReportJSON.object(marks, indent: 3, into: &out)
                } else {
                    switch row[index] {
                    case .text(let text): ReportJSON.string(text, into: &out)
                    case .number(let value), .annotated(let value, _): ReportWriter.append(String(value), to: &out)
                    case .notApplicable: out.append(contentsOf: "null".utf8)
                    }
                }
            }
            out.append(contentsOf: "\n    }".utf8)
        }

        /// Closes the rows and writes the title and the end of the object to `out`.
        func finish(title: String, into out: inout [UInt8]) {
            out += Array("\n  ],\n  \"title\" : ".utf8)
            ReportJSON.string(title, into: &out)
            out.append(contentsOf: "\n}\n".utf8)
        }
    }
}
