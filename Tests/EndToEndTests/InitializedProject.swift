import Foundation

/// A project made by `werkbank init` from the sample cases in a temporary folder, for tests of
/// the commands that work on a project.
struct InitializedProject {
    let folder: URL
    var path: String { folder.appendingPathComponent("studie.werkbank").path }

    init(_ label: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = try BinaryRunner.run(["init", folder.appendingPathComponent("studie.werkbank").path])
        precondition(created.status == 0, created.errors)
    }

    /// Runs a command on this project.
    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments + ["--project", path])
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
