import ArgumentParser
import Foundation
import WerkbankStore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Bring another project's coders, codings and memos into this one (matched by GUID).",
        discussion: """
            For teams that code blind in separate copies made from the same case folder. Nothing is \
            duplicated: merging the same file twice adds nothing. Where both have the same coding or \
            memo with different content, this project's version is kept and the conflict is listed. \
            A source whose text differs refuses the whole merge and nothing is changed (exit 65). \
            Merging cannot be undone with u; the project as it was is copied beside it first, unless \
            --no-backup.
            """)

    @Argument(help: ArgumentHelp("The other project file.", valueName: "other"))
    var other: String

    @Flag(name: .long, help: "Do not copy the project to NAME.before-merge-DATE-TIME.werkbank first (merging cannot be undone with u).")
    var noBackup = false

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        if project.mode == .writing { project.actingCoder = coder.name }
        let otherURL = URL(fileURLWithPath: other)
        guard otherURL.standardizedFileURL != project.url.standardizedFileURL else {
            throw ValidationError("a project cannot be merged into itself")
        }
        let (report, backup) = try withProject { () throws(ProjectError) in
            let theirs = try Project.open(at: otherURL, for: .reading)
            let backup = noBackup ? nil : try project.backup(before: "merge")
            return (try project.merge(from: theirs), backup)
        }
        print("merged \(other) into \(project.url.lastPathComponent):")
        if let backup { print("  the project as it was: \(backup.path)") }
        print("  codings added: \(report.addedCodings), already here: \(report.unchangedCodings)")
        print("  coders added: \(report.addedCoders.isEmpty ? "none" : report.addedCoders.joined(separator: ", "))")
        print("  codes added: \(report.addedCodes.isEmpty ? "none" : report.addedCodes.joined(separator: ", "))")
        print("  memos added: \(report.addedMemos), free memos added: \(report.addedFreeMemos)")
        print("  findings added: \(report.addedFindings), judgements added: \(report.addedJudgements), conclusions added: \(report.addedConclusions), already here: \(report.unchangedSynthesis)")
        print("  attributes added: \(report.addedAttributes.isEmpty ? "none" : report.addedAttributes.joined(separator: ", ")), values added: \(report.addedAttributeValues)")
        print("  conflicts (this project's version kept): \(report.conflicts.count)")
        report.conflicts.forEach { print("    \($0)") }
        if !report.skipped.isEmpty {
            print("  not merged: \(report.skipped.count)")
            report.skipped.forEach { print("    \($0)") }
        }
    }
}
