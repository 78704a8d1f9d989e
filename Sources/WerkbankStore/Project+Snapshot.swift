import Foundation
import WerkbankCore

/// Everything a project holds that an export carries: the study with every source (text,
/// participants, turns) and every coding, and the memos on codes, cases and sources.
public struct ProjectSnapshot: Sendable {
    public var study: Study
    public var memos: [MemoTarget: String]
}

extension Project {
    /// The whole project for an export. Sources and codings are in the study (unlike
    /// ``study()``, which leaves them out).
    public func snapshot() throws(ProjectError) -> ProjectSnapshot {
        var study = try study()
        study.sources = try sources().map { summary throws(ProjectError) in try source(summary.id) }
        study.codings = try allCodings()
        return ProjectSnapshot(study: study, memos: try memos())
    }
}
