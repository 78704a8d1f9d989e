import Foundation

/// The figures of one benchmark run, and their two renderings: an aligned table with the
/// targets, or one JSON object with snake_case keys.
struct BenchResults {
    var transcripts = 0
    var codings = 0
    var words = 0
    var adds = 0
    var seed: UInt64 = 1
    var scale = 1
    /// Each step's own peak RSS in MB, by the step's key (`import`, `fragments`, …).
    var stepPeakMB: [String: Double] = [:]
    var totalWords = 0
    var textMB = 0.0
    /// Building the corpus in memory; not part of any target.
    var generateSeconds = 0.0
    var importSeconds = 0.0
    var importMBPerSecond = 0.0
    /// The import's CPU time, both cores (the search index is built on the second).
    var importCPUSeconds = 0.0
    var openMS = 0.0
    var addMedianMS = 0.0
    var addP99MS = 0.0
    var fragmentsByCodeMS = 0.0
    var fragmentsByCodeCount = 0
    var fragmentsFirst50MS = 0.0
    /// The workbench's Fragments screen without a filter: `f` to its first frame, and to the
    /// frame with the whole list read (on another thread meanwhile).
    var fragmentsScreenFirstFrameMS = 0.0
    var fragmentsScreenWholeMS = 0.0
    var fragmentsScreenCount = 0
    var codeCaseCountsMS = 0.0
    var matrixByRoleMS = 0.0
    var matrixParticipantsMS = 0.0
    var matrixByAttributeMS = 0.0
    var searchMS = 0.0
    var searchHits = 0
    var searchTwoWordsMS = 0.0
    var searchTwoWordsHits = 0
    var peakRSSMB = 0.0
    var projectMB = 0.0
    /// `PRAGMA integrity_check` after every write, untimed: `ok` or what SQLite found.
    var integrity = ""

    /// One row of the table; `met` is `nil` when the metric has no target.
    private struct Row {
        var metric: String
        var value: String
        var unit: String
        var target: String
        var met: Bool?
        /// The key of the step whose peak RSS the row shows, if any.
        var step: String? = nil
    }

    /// The steps with a peak of their own, in the order they run.
    static let steps = ["import", "open", "add", "fragments", "fragments_first50", "fragments_screen", "code_case_counts", "matrix_by_role",
                        "matrix_participants", "search", "search_two_words"]

    private var rows: [Row] {
        [
            Row(metric: "import (create project)", value: Self.fixed(importSeconds, 2), unit: "s", target: "", met: nil, step: "import"),
            Row(metric: "import CPU time (all threads)", value: Self.fixed(importCPUSeconds, 2), unit: "s", target: "", met: nil),
            Row(metric: "import throughput", value: Self.fixed(importMBPerSecond, 1), unit: "MB/s", target: "≥ 20",
                met: importMBPerSecond >= 20),
            Row(metric: "open", value: Self.fixed(openMS, 1), unit: "ms", target: "", met: nil, step: "open"),
            Row(metric: "add a coding, median of \(adds)", value: Self.fixed(addMedianMS, 2), unit: "ms", target: "≤ 2",
                met: addMedianMS <= 2, step: "add"),
            Row(metric: "add a coding, p99", value: Self.fixed(addP99MS, 2), unit: "ms", target: "", met: nil),
            Row(metric: "fragments by code LOS (\(fragmentsByCodeCount))", value: Self.fixed(fragmentsByCodeMS, 1), unit: "ms",
                target: "", met: nil, step: "fragments"),
            Row(metric: "fragments by code LOS, first 50", value: Self.fixed(fragmentsFirst50MS, 1), unit: "ms", target: "", met: nil,
                step: "fragments_first50"),
            Row(metric: "Fragments screen (\(fragmentsScreenCount)), f to first frame", value: Self.fixed(fragmentsScreenFirstFrameMS, 1),
                unit: "ms", target: "≤ 50", met: fragmentsScreenFirstFrameMS <= 50, step: "fragments_screen"),
            Row(metric: "Fragments screen, whole list in", value: Self.fixed(fragmentsScreenWholeMS, 1), unit: "ms", target: "",
                met: nil),
            Row(metric: "code × case counts", value: Self.fixed(codeCaseCountsMS, 1), unit: "ms", target: "≤ 50",
                met: codeCaseCountsMS <= 50, step: "code_case_counts"),
            Row(metric: "matrix codes × roles, fragments", value: Self.fixed(matrixByRoleMS, 1), unit: "ms", target: "≤ 100",
                met: matrixByRoleMS <= 100, step: "matrix_by_role"),
            Row(metric: "matrix codes × cases, participants", value: Self.fixed(matrixParticipantsMS, 1), unit: "ms", target: "≤ 100",
                met: matrixParticipantsMS <= 100, step: "matrix_participants"),
            Row(metric: "matrix codes × betrokkenheid (participant attribute)", value: Self.fixed(matrixByAttributeMS, 1), unit: "ms",
                target: "≤ 100", met: matrixByAttributeMS <= 100, step: "matrix_by_attribute"),
            Row(metric: "search \"\(RunCommand.searchWord)\" (\(searchHits) hits)", value: Self.fixed(searchMS, 1), unit: "ms",
                target: "≤ 20", met: searchMS <= 20, step: "search"),
            Row(metric: "search \"\(RunCommand.searchTwoWords)\" (\(searchTwoWordsHits) hits)", value: Self.fixed(searchTwoWordsMS, 1),
                unit: "ms", target: "≤ 20", met: searchTwoWordsMS <= 20, step: "search_two_words"),
            Row(metric: "peak RSS after the import", value: Self.fixed(peakRSSMB, 1), unit: "MB", target: "≤ 150", met: peakRSSMB <= 150),
            Row(metric: "project file", value: Self.fixed(projectMB, 1), unit: "MB", target: "", met: nil),
        ]
    }

    /// The table, columns metric, value, unit, target, met and the step's own peak RSS;
    /// queries are medians of 5 runs.
    var table: String {
        let header = Row(metric: "metric", value: "value", unit: "unit", target: "target", met: nil)
        let all = [header] + rows
        let widths = [all.map(\.metric.count).max()!, all.map(\.value.count).max()!, all.map(\.unit.count).max()!,
                      all.map(\.target.count).max()!, 3]
        func line(_ row: Row, met: String) -> String {
            let peak = row.step.flatMap { stepPeakMB[$0] }.map { Self.fixed($0, 0) + " MB" } ?? (row.metric == "metric" ? "peak" : "")
            let cells = [Self.pad(row.metric, widths[0]), Self.pad(row.value, widths[1], right: true),
                         Self.pad(row.unit, widths[2]), Self.pad(row.target, widths[3]), Self.pad(met, widths[4]), peak]
            return cells.joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
        var lines = [line(header, met: "met")]
        lines.append(String(repeating: "─", count: lines[0].count))
        for row in rows {
            lines.append(line(row, met: row.met.map { $0 ? "yes" : "NO" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// One JSON object, keys in a fixed order, numbers as numbers.
    var json: String {
        let fields: [(String, String)] = [
            ("transcripts", "\(transcripts)"), ("codings", "\(codings)"), ("words", "\(words)"), ("adds", "\(adds)"),
            ("seed", "\(seed)"), ("scale", "\(scale)"), ("total_words", "\(totalWords)"), ("text_mb", Self.fixed(textMB, 3)),
            ("generate_seconds", Self.fixed(generateSeconds, 4)),
            ("import_seconds", Self.fixed(importSeconds, 4)), ("import_mb_per_s", Self.fixed(importMBPerSecond, 3)),
            ("import_cpu_seconds", Self.fixed(importCPUSeconds, 4)),
            ("open_ms", Self.fixed(openMS, 3)), ("add_median_ms", Self.fixed(addMedianMS, 3)),
            ("add_p99_ms", Self.fixed(addP99MS, 3)), ("fragments_by_code_ms", Self.fixed(fragmentsByCodeMS, 3)),
            ("fragments_by_code_count", "\(fragmentsByCodeCount)"), ("fragments_first50_ms", Self.fixed(fragmentsFirst50MS, 3)),
            ("fragments_screen_first_frame_ms", Self.fixed(fragmentsScreenFirstFrameMS, 3)),
            ("fragments_screen_whole_ms", Self.fixed(fragmentsScreenWholeMS, 3)), ("fragments_screen_count", "\(fragmentsScreenCount)"),
            ("code_case_counts_ms", Self.fixed(codeCaseCountsMS, 3)),
            ("matrix_by_role_ms", Self.fixed(matrixByRoleMS, 3)), ("matrix_participants_ms", Self.fixed(matrixParticipantsMS, 3)),
            ("matrix_by_attribute_ms", Self.fixed(matrixByAttributeMS, 3)), ("search_ms", Self.fixed(searchMS, 3)),
            ("search_hits", "\(searchHits)"), ("search_two_words_ms", Self.fixed(searchTwoWordsMS, 3)),
            ("search_two_words_hits", "\(searchTwoWordsHits)"), ("peak_rss_mb", Self.fixed(peakRSSMB, 3)),
            ("project_mb", Self.fixed(projectMB, 3)), ("integrity", Self.jsonString(integrity)),
        ] + Self.steps.compactMap { key in stepPeakMB[key].map { ("peak_rss_mb_\(key)", Self.fixed($0, 3)) } }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A number with `digits` decimals; JSON has no NaN or infinity, so those become 0.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "0"
    }

    static func jsonString(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case _ where scalar.value < 0x20: quoted += String(format: "\\u%04x", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
