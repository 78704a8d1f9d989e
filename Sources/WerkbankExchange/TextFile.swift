import Foundation

/// Reads text files strictly as UTF-8, so that bad bytes are reported, not replaced.
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

    /// Decodes UTF-8, naming the line and byte of the first invalid sequence.
    static func decode(_ data: Data, as name: String) throws(LoadProblem) -> String {
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            case .error(let length):
                let line = bytes[..<offset].count { $0 == 0x0A } + 1
                throw LoadProblem(
                    file: name, line: line,
                    message: "is not valid UTF-8 (byte \(offset + 1), \(length) bad byte\(length == 1 ? "" : "s")); save it as UTF-8")
            }
        }
    }

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return (nsError.userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? nsError.localizedDescription
    }
}
