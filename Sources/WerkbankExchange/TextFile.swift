import Foundation
import TOMLGuard

/// Reads text files strictly as UTF-8, so that bad bytes are reported, not replaced, and NUL
/// bytes do not cut a file short.
enum TextFile {
    /// The file's text without a leading byte-order mark.
    static func read(_ url: URL, as name: String) throws(LoadProblem) -> String {
        try decode(bytes(of: url, as: name), as: name)
    }

    /// Decodes UTF-8, naming the line and byte of the first invalid sequence; UTF-16 and NUL
    /// bytes are refused too (see `TOMLText.decode`).
    static func decode(_ data: Data, as name: String) throws(LoadProblem) -> String {
        do {
            return try TOMLText.decode(data)
        } catch {
            throw LoadProblem(file: name, line: error.line, message: error.message)
        }
    }

    /// Refuses what is not a regular file to read: a missing file (named by its whole path, as
    /// given), a folder, a FIFO or a device (reading one would block or never end); `wanted`
    /// says what to give instead, e.g. "a transcript file".
    static func checkRegularFile(_ url: URL, as name: String, wanted: String) throws(LoadProblem) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw LoadProblem(file: url.path, message: "no such file")
        }
        guard !isFolder.boolValue else { throw LoadProblem(file: name, message: "is a folder, not a file") }
        if let kind = TranscriptReader.specialFileKind(url) {
            throw LoadProblem(file: name, message: "is \(kind), not a regular file; give \(wanted)")
        }
    }

    /// The bytes of a file, or why they cannot be read.
    static func bytes(of url: URL, as name: String) throws(LoadProblem) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw LoadProblem(file: name, message: "cannot be read (\(describe(error)))")
        }
    }

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return (nsError.userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? nsError.localizedDescription
    }
}
