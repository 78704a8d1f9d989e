import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// A coding never stores part of a character: a range that ends between 👍 and its skin tone,
/// or between `e` and its combining diaeresis, is refused and the error names the whole one.
@Suite struct WholeCharacterTests {
    static let text = "I: Hoe gaat het?\nC1: Goed 👍🏽 en Clie\u{0308}nten 🇳🇱 mee."

    /// The scalar offset of `needle`'s first scalar in the text.
    static func offset(of needle: String) -> Int {
        text.scalarRanges(of: needle)[0].start
    }

    @Test func aRangeInsideAClusterIsRefusedWithTheWholeOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy(text: Self.text))
        let thumb = Self.offset(of: "👍🏽")
        let halfThumb = ScalarRange(start: thumb, end: thumb + 1)
        #expect(throws: ProjectError.splitsCharacter(source: "gesprek", start: thumb, end: thumb + 1,
                                                     whole: ScalarRange(start: thumb, end: thumb + 2))) {
            try project.addCoding(source: "gesprek", range: halfThumb, code: "LOS", coder: "Anouk")
        }
        let mark = Self.offset(of: "e\u{0308}nten")
        #expect(throws: ProjectError.self) {
            try project.addCoding(source: "gesprek", range: ScalarRange(start: mark - 3, end: mark + 1), code: "LOS", coder: "Anouk")
        }
        let flag = Self.offset(of: "🇳🇱")
        #expect(throws: ProjectError.self) {
            try project.addCoding(source: "gesprek", range: ScalarRange(start: flag + 1, end: flag + 2), code: "LOS", coder: "Anouk")
        }
        #expect(try project.codings(inSource: "gesprek").isEmpty, "nothing was written")

        let whole = try project.addCoding(source: "gesprek", range: ScalarRange(start: thumb, end: thumb + 2), code: "LOS", coder: "Anouk")
        #expect(Self.text.scalars(in: whole.range) == "👍🏽")
        #expect(throws: ProjectError.self) { try project.updateCoding(whole.id, range: halfThumb) }
        #expect(try project.coding(whole.id).range == whole.range)
        let message = ProjectError.splitsCharacter(source: "gesprek", start: thumb, end: thumb + 1,
                                                   whole: ScalarRange(start: thumb, end: thumb + 2)).description
        #expect(message.contains("\(thumb)..\(thumb + 1)") && message.contains("\(thumb)..\(thumb + 2)") && message.contains("gesprek"))
    }

    @Test func farIntoALongSourceTooOnlyTheTextAroundTheEndsDecides() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "I: Hoe gaat het?\nC1: " + String(repeating: "woord ", count: 500) + "gezin \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} klaar."
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy(text: text))
        let family = text.scalarRanges(of: "\u{1F468}")[0].start
        for cut in 1..<5 {
            #expect(throws: ProjectError.splitsCharacter(source: "gesprek", start: family - 6, end: family + cut,
                                                         whole: ScalarRange(start: family - 6, end: family + 5))) {
                try project.addCoding(source: "gesprek", range: ScalarRange(start: family - 6, end: family + cut), code: "LOS", coder: "Anouk")
            }
        }
        let whole = try project.addCoding(source: "gesprek", range: ScalarRange(start: family - 6, end: family + 5), code: "LOS", coder: "Anouk")
        #expect(text.scalars(in: whole.range) == "gezin \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}")
    }
}
