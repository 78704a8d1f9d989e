import Foundation
import WerkbankCore

/// A transcript file as the workbench gets it to import: what was read, and the checksum of the
/// file's bytes (``WerkbankStore/Project/checksum(of:)``) that finds a file imported twice.
public struct ReadTranscript: Hashable, Sendable {
    public var transcript: TranscriptImport
    public var checksum: String

    public init(transcript: TranscriptImport, checksum: String) {
        self.transcript = transcript
        self.checksum = checksum
    }
}

/// Reads a transcript file for `:import`. The workbench does not read files itself (formats are
/// WerkbankExchange's job): the `werkbank` executable passes one that uses `TranscriptReader`.
///
/// `encoding` is `nil` for UTF-8, else the name given with `--encoding` (`latin1`, `cp1252`).
/// Errors are shown to the user as they describe themselves, so they should name the file.
public typealias TranscriptReading = @Sendable (_ file: URL, _ encoding: String?) throws -> ReadTranscript

/// Runs the user's editor on `text` (saved in a file named `fileName`) and returns the text as
/// saved, with the file it is in (`nil` where there is none); the `werkbank` executable passes
/// one that uses `ExternalEditor`. The workbench removes the file once the text is applied and
/// keeps it, saying where, when the correction is refused. Errors are shown as they describe
/// themselves.
public typealias TextEditing = @Sendable (_ text: String, _ fileName: String) throws -> (text: String, file: URL?)

/// What `:import` asks for: a file (as typed) and where its source goes.
public struct ImportRequest: Hashable, Sendable {
    /// The path as typed: `~` for the home folder, relative to the current folder.
    public var path: String
    public var caseID: String
    public var kind: SourceKind
    public var date: String?
    public var encoding: String?

    public init(path: String, caseID: String, kind: SourceKind = .interview, date: String? = nil, encoding: String? = nil) {
        self.path = path
        self.caseID = caseID
        self.kind = kind
        self.date = date
        self.encoding = encoding
    }

    /// The file `path` names: `~` and `~/…` in `home`, a relative path in `currentDirectory`.
    public static func resolve(_ path: String, currentDirectory: String, home: String) -> URL {
        var expanded = path
        if expanded == "~" {
            expanded = home
        } else if expanded.hasPrefix("~/") {
            expanded = home + expanded.dropFirst(1)
        }
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return URL(fileURLWithPath: currentDirectory, isDirectory: true).appendingPathComponent(expanded).standardizedFileURL
    }
}
