import Foundation
import WerkbankCore

/// A source's id and case: what the `<Cases>` of `project.qde` need before the sources are read.
public struct RefiQDASourceOutline: Hashable, Sendable {
    public var id: String
    public var caseID: String

    public init(id: String, caseID: String) {
        self.id = id
        self.caseID = caseID
    }
}

extension RefiQDAWriter {
    /// `project.qde` written to `handle` as it is made, in pieces of about half a megabyte, so
    /// that neither the document nor the sources are held whole: `eachSource` hands over one
    /// source with its codings at a time, in `outline`'s order (decision 57). The bytes are
    /// those of ``project(study:sources:codings:memos:)`` for the same study; the returned
    /// project's `xml` and `files` are empty.
    ///
    /// - Parameters:
    ///   - study: codebook, cases, coders, synthesis and free memos (its sources and codings
    ///     are not read). Every coder of a coding must be among its coders, as in a project,
    ///     where a coding refers to its coder's row.
    ///   - source: called for each source before it is written, with the codings carried (to
    ///     put its text into the archive meanwhile).
    static func project(study: Study, memos: [MemoTarget: String], outline: [RefiQDASourceOutline], to handle: FileHandle,
                        flushSize: Int = 512 * 1024, source: (Source) throws -> Void = { _ in },
                        eachSource: ((Source, [Coding]) throws -> Void) throws -> Void) throws -> RefiQDAProject {
        let sink = RefiQDAXMLSink(handle: handle)
        var xml = RefiQDAXML(sink: sink, flushSize: flushSize)
        let knownCodes = Set(study.codebook.codes.map(\.short))
        var problems: [String] = []
        let codingCount = try write(study: study, outline: outline.map { ($0.id, $0.caseID) }, users: study.coders.map(\.name),
                                    memos: memos, into: &xml) { body in
            // `body` is only called while `eachSource` runs.
            try withoutActuallyEscaping(body) { body in try withoutActuallyEscaping(source) { source in try eachSource { whole, codings in
                try source(whole)
                let length = whole.text.unicodeScalars.count
                var carried: [Coding] = []
                carried.reserveCapacity(codings.count)
                for coding in codings {
                    if let problem = problem(coding, length: length, knownCodes: knownCodes) {
                        problems.append(problem)
                    } else {
                        carried.append(coding)
                    }
                }
                body(whole, carried)
            } } }
        }
        xml.finish()
        if let error = sink.error { throw error }
        return RefiQDAProject(xml: "", files: [], problems: problems, codingCount: codingCount)
    }

    /// The streamed `project.qde` of a whole study in memory (its sources, their codings by
    /// source; codings of unknown sources are reported as the whole-study writer does).
    static func project(study: Study, memos: [MemoTarget: String] = [:], to handle: FileHandle,
                        flushSize: Int = 512 * 1024, source: (Source) throws -> Void = { _ in }) throws -> RefiQDAProject {
        let known = Set(study.sources.map(\.id))
        var bySource: [String: [Coding]] = [:]
        var unknown: [String] = []
        for coding in study.codings {
            if known.contains(coding.sourceID) {
                bySource[coding.sourceID, default: []].append(coding)
            } else {
                unknown.append("coding \(coding.id.uuidString) of unknown source \(coding.sourceID) left out")
            }
        }
        var study = study
        for name in study.codings.map(\.coder) where !study.coders.contains(where: { $0.name == name }) {
            study.coders.append(Coder(name: name))
        }
        let sources = study.sources
        var project = try self.project(study: study, memos: memos, outline: sources.map { RefiQDASourceOutline(id: $0.id, caseID: $0.caseID) },
                                       to: handle, flushSize: flushSize, source: source) { body in
            for source in sources { try body(source, bySource[source.id] ?? []) }
        }
        project.problems = unknown + project.problems
        return project
    }
}
