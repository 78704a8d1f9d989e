import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankStore

/// `werkbank-bench writer`: adds codings one by one to an existing project and prints each
/// coding's GUID as soon as `addCoding` has returned, for crash-safety and concurrent-writer
/// tests. A GUID on stdout means the coding was committed.
struct WriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writer",
        abstract: "Add codings one at a time to a project, printing each committed coding's GUID.",
        discussion: """
            Coding i covers the one scalar at offset i mod (length - 1) of the source's text. \
            Each GUID is written and flushed on its own line right after the coding is committed. \
            On an error the error goes to stderr and the exit status is 1.
            """
    )

    @Option(help: "The project file.") var project: String
    @Option(help: "The source (slug) to code.") var source: String
    @Option(help: "How many codings to add.") var count: Int
    @Option(help: "The coder's name.") var coder = "writer"
    @Option(help: "The code's short name.") var code = "LOS"
    @Option(name: .customLong("delay-ms"), help: "Milliseconds to sleep between codings.") var delayMS = 0

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must not be negative") }
        guard delayMS >= 0 else { throw ValidationError("--delay-ms must not be negative") }
    }

    func run() throws {
        do {
            let opened = try Project.open(at: URL(fileURLWithPath: project))
            let length = try opened.source(source).text.scalarCount
            guard length > 0 else {
                throw ProjectError.invalidRange(source: source, start: 0, end: 1, length: length)
            }
            for index in 0..<count {
                let start = length > 1 ? index % (length - 1) : 0
                let coding = try opened.addCoding(source: source, range: ScalarRange(start: start, end: start + 1),
                                                  code: code, coder: coder)
                // An unbuffered write: the line is out before the next coding starts.
                FileHandle.standardOutput.write(Data((coding.id.uuidString + "\n").utf8))
                if delayMS > 0, index < count - 1 { usleep(useconds_t(delayMS) * 1000) }
            }
        } catch {
            FileHandle.standardError.write(Data("werkbank-bench writer: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
