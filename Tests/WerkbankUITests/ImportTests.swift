import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
import ZIPFoundation
@testable import WerkbankUI

/// `:import FILE` in the workbench: the preview and mapping dialog, the import as one committed
/// and undoable step, refusals and errors — key scripts against a real temporary project.
@Suite struct ImportTests {
    /// Labels as `Naam:`: an interviewer, a participant by role prefix, and Jan, who needs a mapping.
    static let gesprek = """
        Gesprek met Jan

        I: Hoe werken de Cliënten hier mee?
        Jan: Zij leren samen met de studenten, elke dag weer.
        I: En de begeleiding?
        S1: Die is er altijd.
        Jan: Ja.
        """

    func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func command(_ workbench: Workbench, _ line: String) {
        workbench.press(.character(":"))
        workbench.type(line)
        workbench.press(.enter)
    }

    func sourceCount(_ workbench: Workbench) throws -> Int {
        try workbench.project.sources().count
    }

    @Test func previewMapAnUnknownSpeakerAndImport() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.gesprek, "Gesprek Jan 2024.txt", in: folder)
        workbench.press(.down, .enter) // Revalidatie 1
        command(workbench, "import Gesprek Jan 2024.txt")
        #expect(workbench.state.screen == .importer)
        let preview = try #require(workbench.state.importPreview)
        #expect(preview.speakers.map(\.label) == ["I", "Jan", "S1"])
        #expect(preview.speakers.map(\.turns) == [2, 2, 1])
        #expect(preview.speakers.map(\.id) == ["I", "", "S1"])
        #expect(preview.speakers.map(\.mapping) == [.interviewer, .unmapped, .participant("Studenten")])
        #expect(preview.caseID == "revalidatie-1" && preview.kind == .interview && preview.sourceID == "gesprek-jan-2024")
        #expect(preview.currentRow == .speaker(1), "the cursor starts on the unmapped speaker")
        let screen = workbench.render().text
        #expect(screen.contains("│▸Jan          2  –       not mapped     Zij leren samen met de studenten, el… │"))
        #expect(screen.contains("│ S1           1  S1      Studenten      Die is er altijd.                     │"))

        // l: the first role with a suggested id; e: type one over it.
        workbench.press(.character("l"))
        #expect(workbench.state.importPreview?.speakers[1].mapping == .participant("Studenten"))
        #expect(workbench.state.importPreview?.speakers[1].id.hasPrefix("S") == true)
        workbench.press(.character("e"), .control("u"))
        workbench.type("S90")
        #expect(workbench.render().text.contains("› S90"))
        workbench.press(.enter)
        #expect(workbench.state.importPreview?.speakers[1].id == "S90")
        #expect(workbench.render().text.contains("Ready (turns: 5, participants: 2, interviewers: 1)."))

        workbench.press(.character("G"), .enter)
        let source = try workbench.project.source("gesprek-jan-2024")
        #expect(source.caseID == "revalidatie-1" && source.title == "Gesprek Jan 2024" && source.kind == .interview)
        #expect(source.interviewers == ["I"])
        #expect(source.participants.map(\.id) == ["S1", "S90"] || source.participants.map(\.id) == ["S90", "S1"])
        #expect(source.participants.allSatisfy { $0.role == "Studenten" })
        #expect(source.turns.map(\.speaker) == ["I", "S90", "I", "S1", "S90"])
        #expect(source.text.scalars(in: source.turns[3].range) == "Die is er altijd.")
        #expect(try workbench.project.source(withChecksum: Project.checksum(of: Data(Self.gesprek.utf8))) == "gesprek-jan-2024")

        // The case's Sources tab shows it, chosen.
        #expect(workbench.state.screen == .studyCase && workbench.state.studyCase.tab == .sources)
        #expect(workbench.state.importPreview == nil)
        #expect(workbench.state.message == StatusMessage(
            text: "Imported Gesprek Jan 2024.txt as source gesprek-jan-2024 in Revalidatie 1 (turns: 5, participants: 2); u undoes it", isError: false))
        let sources = try #require(workbench.data.sourcesByCase["revalidatie-1"])
        #expect(sources[workbench.state.list(.sources).selected].id == "gesprek-jan-2024")
        #expect(workbench.render().text.contains("Gesprek Jan 2024"))

        // It opens in the reader; undo takes it out again (and closes the reader), redo puts it back.
        workbench.press(.enter)
        #expect(workbench.state.screen == .source && workbench.data.source?.id == "gesprek-jan-2024")
        workbench.press(.character("u"))
        #expect(workbench.state.message?.text == "Undone: import gesprek-jan-2024")
        #expect(workbench.state.screen == .studyCase && workbench.data.source == nil)
        #expect(workbench.data.sourcesByCase["revalidatie-1"]?.contains { $0.id == "gesprek-jan-2024" } == false)
        #expect(throws: (any Error).self) { try workbench.project.source("gesprek-jan-2024") }
        workbench.press(.control("r"))
        #expect(workbench.state.message?.text == "Redone: import gesprek-jan-2024")
        #expect(try workbench.project.source("gesprek-jan-2024") == source)
    }

    @Test func aReimportIsRefusedNamingTheSource() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try write("I: Wat leer je?\nS1: Veel.\n", "kort.txt", in: folder)
        command(workbench, "import kort.txt")
        #expect(workbench.state.importPreview?.currentRow == .importButton, "all mapped: the cursor waits on Import")
        workbench.press(.enter)
        #expect(try workbench.project.source("kort").participants.map { [$0.id, $0.role] } == [["S1", "Studenten"]])
        let count = try sourceCount(workbench)

        command(workbench, "import \(url.path)")
        #expect(workbench.state.message == StatusMessage(text: "kort.txt was imported before as source kort; nothing imported", isError: true))
        #expect(workbench.state.screen == .studyCase && workbench.state.importPreview == nil)

        // A file imported elsewhere (another workbench) while its dialog is open: Import refuses.
        let text = "I: Wat leer je?\nS1: Veel, heel veel.\n"
        _ = try write(text, "kopie.txt", in: folder)
        command(workbench, "import kopie.txt")
        #expect(workbench.state.screen == .importer)
        workbench.press(.character("u")) // in the dialog, `u` is not undo
        #expect(workbench.state.screen == .importer && workbench.state.message == nil)
        let other = Source(id: "elders", caseID: "jeugdzorg", title: "Elders", kind: .interview, text: text)
        try workbench.project.addSource(other, checksum: Project.checksum(of: Data(text.utf8)))
        workbench.press(.enter)
        #expect(workbench.state.screen == .importer)
        #expect(workbench.state.message?.isError == true)
        #expect(workbench.state.message?.text.contains("kopie.txt") == true)
        #expect(workbench.state.message?.text.contains("imported before as source `elders`") == true)
        #expect(throws: (any Error).self) { try workbench.project.source("kopie") }
        #expect(try sourceCount(workbench) == count + 1, "only the one added elsewhere")
    }

    @Test func unmappedSpeakersBlockTheImport() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.gesprek.replacingOccurrences(of: "S1:", with: "Piet:"), "twee.txt", in: folder)
        let before = try sourceCount(workbench)
        command(workbench, "import twee.txt")
        workbench.press(.character("G"), .enter)
        #expect(workbench.state.message == StatusMessage(text: "Map every speaker first: Jan, Piet (h/l a role, e an id)", isError: true))
        #expect(workbench.state.screen == .importer)
        #expect(workbench.state.importPreview?.currentRow == .speaker(1), "the cursor goes to the first unmapped speaker")
        #expect(workbench.render().text.contains("Not mapped yet: Jan, Piet."))
        #expect(try sourceCount(workbench) == before)

        // An id that implies a role maps the speaker; h picks interviewer (the last choice).
        workbench.press(.character("e"))
        workbench.type("P7")
        workbench.press(.enter, .down, .character("h"))
        let speakers = try #require(workbench.state.importPreview?.speakers)
        #expect(speakers[1].mapping == .participant("Professionals") && speakers[1].id == "P7")
        #expect(speakers[2].mapping == .interviewer && speakers[2].id == "I2", "I is taken by the other interviewer")
        workbench.press(.character("G"), .enter)
        #expect(try workbench.project.source("twee").interviewers == ["I", "I2"])
    }

    @Test func badFilesSayWhatIsWrongAndChangeNothing() throws {
        let (workbench, folder) = try makeWorkbench(width: 160)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try sourceCount(workbench)
        try Data("%PDF-1.4".utf8).write(to: folder.appendingPathComponent("notes.pdf"))
        try (Data("I: Cli".utf8) + Data([0xEB]) + Data("nten leren.\n".utf8)).write(to: folder.appendingPathComponent("latin.txt"))
        try Data().write(to: folder.appendingPathComponent("leeg.txt"))
        try Data("no zip at all".utf8).write(to: folder.appendingPathComponent("kapot.docx"))
        try docx(["word/document.xml": "<w:document/>", "../../evil.xml": "<x/>"]).write(to: folder.appendingPathComponent("gevaarlijk.docx"))
        try docx(["word/document.xml": """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>I: Wat doen de Cliënten?</w:t></w:r></w:p><w:p><w:r><w:t>C1: Zij leren.</w:t></w:r></w:p></w:body></w:document>
            """]).write(to: folder.appendingPathComponent("goed.docx"))

        let cases: [(String, [String])] = [
            ("import nergens.txt", ["Cannot import", "\(folder.path)/nergens.txt: no such file"]),
            // Not a PDF that pdftotext can read (or no pdftotext): named, nothing imported.
            ("import notes.pdf", ["Cannot import notes.pdf", "pdftotext"]),
            ("import enquete.csv", ["enquete.csv is a questionnaire: werkbank import-survey FILE --case NAME --id-column COLUMN"]),
            ("import latin.txt", ["Cannot import latin.txt", "UTF-8", "--encoding latin1"]),
            ("import leeg.txt", ["Cannot import leeg.txt: is empty"]),
            ("import kapot.docx", ["Cannot import kapot.docx: is not a Word file"]),
            ("import gevaarlijk.docx", ["Cannot import gevaarlijk.docx: has an unsafe entry"]),
            ("import latin.txt --encoding utf16", ["Cannot import latin.txt: unknown encoding"]),
        ]
        for (line, expected) in cases {
            command(workbench, line)
            let message = try #require(workbench.state.message, "\(line)")
            #expect(message.isError, "\(line)")
            for part in expected { #expect(message.text.contains(part), "\(line): \(message.text)") }
            #expect(workbench.state.screen == .cases && workbench.state.importPreview == nil)
        }
        #expect(try sourceCount(workbench) == before)
        #expect(try workbench.project.integrityCheck() == "ok")

        // With the encoding it reads; a good Word file reads too.
        command(workbench, "import latin.txt --encoding latin1")
        #expect(workbench.state.importPreview?.transcript.text == "I: Cliënten leren.\n")
        workbench.press(.escape)
        command(workbench, "import goed.docx")
        #expect(workbench.state.importPreview?.speakers.map(\.id) == ["I", "C1"])
    }

    /// A Word file with these entries.
    func docx(_ entries: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in entries.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    @Test func commandOptionsAndTheirMistakes() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.gesprek, "Gesprek Jan 2024.txt", in: folder)
        command(workbench, "import ~/Gesprek Jan 2024.txt --case Zorg 2 --kind focusgroup --date 2024-03-14")
        let preview = try #require(workbench.state.importPreview)
        #expect(preview.caseID == "revalidatie-2" && preview.kind == .focusgroup && preview.date == "2024-03-14")
        #expect(workbench.render().text.contains("focus group · 2024-03-14"))
        workbench.press(.escape)
        #expect(workbench.state.screen == .cases && workbench.state.importPreview == nil)
        #expect(workbench.state.message?.text == "Import cancelled; nothing imported")

        command(workbench, "import x.txt --kind podcast")
        #expect(workbench.state.message?.text == "No source kind podcast")
        command(workbench, "import x.txt --case Zorg 9")
        #expect(workbench.state.message?.text == "No case named Zorg 9")
        command(workbench, "import x.txt --date 14-03-2024")
        #expect(workbench.state.message?.text == "--date must look like 2024-03-14, not 14-03-2024")
        command(workbench, "import x.txt --speaker Jan=S3:Studenten")
        #expect(workbench.state.message?.text.hasPrefix(":import FILE [--case NAME]") == true)
        command(workbench, "import")
        #expect(workbench.state.message?.text.hasPrefix(":import FILE") == true)
        #expect(workbench.state.importPreview == nil)
    }

    @Test func caseKindAndSourceIdAreChosenInTheDialog() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.gesprek, "Gesprek Jan.md", in: folder)
        workbench.press(.down, .down) // Sociale zorg, on the Cases screen
        command(workbench, "import \"Gesprek Jan.md\"")
        #expect(workbench.state.importPreview?.caseID == "sociale-zorg", "the case being viewed")
        // Jan gets a role first, so his suggested id follows the case.
        // The next S number free in the case (S1 is taken by the file's own S1).
        let nextStudent = { (caseID: String) -> String in
            let used = (workbench.data.sourcesByCase[caseID] ?? []).flatMap(\.participants).compactMap { $0.hasPrefix("S") ? Int($0.dropFirst()) : nil }
            return "S\((used + [1]).max()! + 1)"
        }
        workbench.press(.character("l"))
        #expect(workbench.state.importPreview?.speakers[1].id == nextStudent("sociale-zorg"))
        workbench.press(.character("g"), .down, .character("l"))
        #expect(workbench.state.importPreview?.caseID == "revalidatie-2")
        workbench.press(.enter)
        #expect(workbench.state.importPreview?.caseID == "jeugdzorg", "Enter on the case is the next case too")
        #expect(workbench.state.importPreview?.speakers[1].id == nextStudent("jeugdzorg"))
        workbench.press(.down, .character("h"))
        #expect(workbench.state.importPreview?.kind == .questionnaire)
        workbench.press(.character("g"), .enter, .control("u"))
        workbench.type("Gesprek met Jan (2)")
        workbench.press(.escape)
        #expect(workbench.state.importPreview?.sourceID == "gesprek-jan", "Esc drops the change")
        workbench.press(.enter, .control("u"))
        workbench.type("Gesprek met Jan (2)")
        workbench.press(.enter)
        #expect(workbench.state.importPreview?.sourceID == "gesprek-met-jan-2")
        // A taken source id blocks the import.
        workbench.press(.enter, .control("u"))
        workbench.type("rev1-interview-manager")
        workbench.press(.enter, .character("G"), .enter)
        #expect(workbench.state.message?.text == "A source rev1-interview-manager is already in the project; give this one another id (e on Source id)")
        #expect(workbench.state.importPreview?.currentRow == .sourceID)
        workbench.press(.enter, .control("u"))
        workbench.type("jan")
        workbench.press(.enter, .character("G"), .enter)
        let source = try workbench.project.source("jan")
        #expect(source.caseID == "jeugdzorg" && source.kind == .questionnaire && source.title == "Gesprek Jan")
        #expect(workbench.state.screen == .studyCase && workbench.data.cases[workbench.state.caseIndex].id == "jeugdzorg")
        workbench.press(.escape)
        #expect(workbench.state.screen == .cases, "back goes where the import started, not into the closed dialog")
    }

    @Test func readOnlyRefusesImportAndSaysWhy() throws {
        let (workbench, folder) = try makeWorkbench(readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.gesprek, "g.txt", in: folder)
        command(workbench, "import g.txt")
        #expect(workbench.state.message == StatusMessage(text: "Not possible while read-only (started with --read-only): import a transcript into this case", isError: true))
        #expect(workbench.state.screen == .cases && workbench.state.importPreview == nil)
        workbench.press(.enter, .character("i"))
        #expect(workbench.state.message == StatusMessage(text: "Not possible while read-only (started with --read-only): import a transcript into this case", isError: true))
        #expect(workbench.state.commandInput == nil)
    }

    @Test func iOnACaseStartsTheCommand() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.enter, .character("i"))
        #expect(workbench.render().text.split(separator: "\n").last == ":import")
    }

    @Test func withoutAReaderTheWorkbenchSaysSo() throws {
        let (workbench, folder) = try makeWorkbench(readTranscript: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "import g.txt")
        #expect(workbench.state.message == StatusMessage(text: "This workbench cannot read files; use werkbank import", isError: true))
    }

    @Test func helpOnTheDialogListsItsKeys() throws {
        let (workbench, folder) = try makeWorkbench(height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.gesprek, "g.txt", in: folder)
        command(workbench, "import g.txt")
        workbench.press(.character("?"))
        let text = workbench.render().text
        #expect(text.contains("On this screen: Import"))
        #expect(text.contains("Next role of the speaker, or next case or"))
        #expect(text.contains("Cancel: import nothing"))
        #expect(!text.contains("Respondents (all cases)"), "screen keys do not work in the dialog")
        workbench.press(.escape)
        #expect(workbench.state.screen == .importer && workbench.state.importPreview != nil)
        workbench.press(.character("1"))
        #expect(workbench.state.screen == .importer, "1 does not leave the dialog")
    }

    @Test func manySpeakersScrollAndSmallTerminalsDraw() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = (1...30).map { "Spreker \($0): Woord \($0)." }.joined(separator: "\n")
        _ = try write(text, "veel.txt", in: folder)
        command(workbench, "import veel.txt")
        #expect(workbench.state.importPreview?.speakers.count == 30)
        workbench.press(.character("G"), .up)
        #expect(workbench.state.importPreview?.currentRow == .speaker(29))
        #expect(workbench.render().text.contains("▸Spreker 30"))
        #expect(!workbench.render().text.contains("Spreker 1 "), "the first speakers scrolled away")
        workbench.handle(.resize(width: 50, height: 12))
        let small = workbench.render().text
        #expect(small.contains("▸Spreker 30"))
        #expect(small.split(separator: "\n").count == 12)
    }

    @Test func pathsResolveLikeAShell() {
        let resolve = { (path: String) in ImportRequest.resolve(path, currentDirectory: "/work/here", home: "/home/anouk").path }
        #expect(resolve("a.txt") == "/work/here/a.txt")
        #expect(resolve("sub/a b.txt") == "/work/here/sub/a b.txt")
        #expect(resolve("../a.txt") == "/work/a.txt")
        #expect(resolve("/tmp/a.txt") == "/tmp/a.txt")
        #expect(resolve("~/a.txt") == "/home/anouk/a.txt")
        #expect(resolve("~") == "/home/anouk")
        #expect(resolve("~other/a.txt") == "/work/here/~other/a.txt")
    }

    @Test func dutchMessages() throws {
        let (workbench, folder) = try makeWorkbench(language: .nl)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write("I: Wat leer je?\nS1: Veel.\n", "kort.txt", in: folder)
        command(workbench, "import kort.txt")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "kort.txt geïmporteerd als bron kort in Jeugdzorg (beurten: 2, deelnemers: 1); u maakt het ongedaan")
        command(workbench, "import kort.txt")
        #expect(workbench.state.message?.text == "kort.txt is al eerder geïmporteerd als bron kort; niets geïmporteerd")
    }
}
