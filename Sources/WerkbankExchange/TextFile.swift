import Foundation
import TOMLGuard

/// Reads text files strictly as UTF-8, so that bad bytes are reported, not replaced, and NUL
/// bytes do not cut a file short.
enum TextFile {
    /// The file's text without a leading byte-order mark.
    static func read(_ url: URL, as name: String) throws(LoadProblem) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LoadProblem(file: name, message: "cannot be read (\(describe(error)))")
        }
        return try decode(data, as: name)
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

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return (nsError.userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? nsError.localizedDescription
    }
}
