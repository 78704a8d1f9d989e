import Foundation

/// A project with a transcript full of emoji sequences: 👍🏽 (skin tone), 👨‍👩‍👧 (ZWJ
/// family), 🇳🇱 (flag), imported into the first case as source `emoji-gesprek`.
struct EmojiTranscript {
    static let thumb = "\u{1F44D}\u{1F3FD}"
    static let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    static let flag = "\u{1F1F3}\u{1F1F1}"
    static let sourceID = "emoji-gesprek"
    static let text = """
        I: Hoe was de eerste dag? \(thumb) of niet?

        S1: Goed \(thumb) zeker. Mijn gezin \(family) kwam mee uit \(flag) en dat was fijn.

        I: Mooi.

        """

    let project: InitializedProject

    init(_ label: String) throws {
        project = try InitializedProject(label)
        let file = project.folder.appendingPathComponent("\(Self.sourceID).txt")
        try Self.text.write(to: file, atomically: true, encoding: .utf8)
        let imported = try project.run(["import", file.path, "--case", "1"])
        precondition(imported.status == 0, imported.errors)
    }
}
