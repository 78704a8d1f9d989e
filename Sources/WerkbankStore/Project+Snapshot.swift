import Foundation
import WerkbankCore

/// Everything a project holds that an export carries: the study with every source (text,
/// participants, turns), every coding, the findings, judgements and conclusions, and the memos
/// on codes, cases and sources.
public struct ProjectSnapshot: Sendable {
    public var study: Study
    public var memos: [MemoTarget: String]
}

extension Project {
    /// The whole project for an export. Sources and codings are in the study (unlike
    /// ``study()``, which leaves them out).
    public func snapshot() throws(ProjectError) -> ProjectSnapshot {
        var study = try study()
        // Codings are read on the second core while this one reads the sources: the pool
        // allows concurrent readers.
        let codings = CodingsBox()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            codings.result = Result { () throws(ProjectError) in try self.allCodings() }
        }
        let sources = Result { () throws(ProjectError) in try allSources() }
        group.wait()
        study.sources = try sources.get()
        study.codings = try codings.result!.get()
        study.synthesis = try synthesis()
        study.memos = try freeMemos()
        return ProjectSnapshot(study: study, memos: try memos())
    }

    /// Set by the reading thread and read after it has finished (`DispatchGroup.wait`).
    private final class CodingsBox: @unchecked Sendable {
        var result: Result<[Coding], ProjectError>?
    }

    /// Every source with its text, participants and turns, by case and position, in three
    /// queries rather than three per source.
    public func allSources() throws(ProjectError) -> [Source] {
        try read { db in try Self.wholeSources(db) }
    }
}
