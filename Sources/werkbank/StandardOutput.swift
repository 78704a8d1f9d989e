import Foundation

/// Writes `bytes` to standard output as they are: a large report goes out in the bytes it was
/// written in, without a `String` of the whole made and printed (decision 63). Whatever
/// `print` buffered before goes first.
func writeOutput(_ bytes: [UInt8]) {
    fflush(nil)
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
