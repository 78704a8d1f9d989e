import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// The copy made before a merge or an import into a project.
@Suite struct BackupTests {
    @Test func theCopyIsTheProjectAsItWasAndItsNameSaysWhen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("studie.werkbank"), from: tinyStudy())
        let coding = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 6), code: "LOS", coder: "Anouk")
        let date = try Date("2026-11-29T10:30:05Z", strategy: .iso8601)
        let first = try project.backup(before: "merge", at: date)
        let second = try project.backup(before: "merge", at: date)
        try project.removeCoding(coding.id)

        let stamp = date.formatted(Date.VerbatimFormatStyle(
            format: "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
            timeZone: .current, calendar: Calendar(identifier: .gregorian)))
        #expect(first.lastPathComponent == "studie.before-merge-\(stamp).werkbank")
        #expect(second.lastPathComponent == "studie.before-merge-\(stamp)-2.werkbank")
        let copy = try Project.open(at: first)
        #expect(try copy.allCodings().map(\.id) == [coding.id])
        #expect(try copy.integrityCheck() == "ok")
        #expect(try project.allCodings().isEmpty)
    }
}
