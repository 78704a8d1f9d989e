import Foundation
import Testing

/// The built binary, run from outside the checkout.
@Suite struct CommandLineTests {
    @Test func respondentsAsCSV() throws {
        let result = try BinaryRunner.run(["respondents", "--format", "csv"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == [
            "Casestudies,Jeugdgezondheid,Zorg 1,Sociale studies,Zorg 2,Total",
            "Studenten,2,7,9,6 *,24",
            "Ondersteuners,3,9,5,4,21",
            "Professionals,3,4,5,7,19",
            "Management,1,1,1,1,4",
            "Cliënten,-,7,-,-,7",
            "Totaal,9,28,20,18,75",
            "\"* 4 from last school year, 2 from current school year\",,,,,",
        ].joined(separator: "\r\n") + "\r\n")
    }

    @Test(arguments: ["Zorg 2", "revalidatie 2", "REVALIDATIE-2", "zorg2", "4"])
    func oneCaseByAnyOfItsNames(name: String) throws {
        let result = try BinaryRunner.run(["respondents", "--case", name, "--format", "csv"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Casestudies,Zorg 2\r\nStudenten,6 *\r\n"))
        #expect(result.output.contains("Cliënten,-\r\nTotaal,18\r\n"))
        #expect(result.output.contains("4 from last school year"))
    }

    @Test func anUnknownCaseIsAUsageError() throws {
        let result = try BinaryRunner.run(["respondents", "--case", "Zorg 9"])
        #expect(result.status == 64)
        #expect(result.errors.contains("no case named 'Zorg 9'"))
        #expect(result.errors.contains("Revalidatie 1 (Zorg 1)"))
    }

    @Test func casesAndCodebookInEveryFormat() throws {
        for command in ["cases", "codebook"] {
            for format in ["table", "csv", "json", "md"] {
                let result = try BinaryRunner.run([command, "--format", format])
                #expect(result.status == 0, "\(command) \(format): \(result.errors)")
                #expect(!result.output.isEmpty)
            }
        }
        let cases = try BinaryRunner.run(["cases", "--format", "csv"]).output
        #expect(cases.contains("2,Revalidatie 1,Zorg 1,Fontys Paramedische Hogeschool; Hogeschool Zuyd Ergotherapie,"))
        let codebook = try BinaryRunner.run(["codebook", "--format", "json"]).output
        #expect(codebook.contains("\"Vormgeven en Onderhouden van Relaties\""))
    }

    @Test func everyCommandHasHelp() throws {
        for command in [[], ["cases"], ["respondents"], ["codebook"], ["validate"]] {
            let result = try BinaryRunner.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.output.contains("USAGE:"), "\(command)")
        }
    }

    @Test func validateReportsEveryProblemAndExitsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("SampleCases"), to: folder)
        let good = try BinaryRunner.run(["validate", folder.path])
        #expect(good.status == 0)
        #expect(good.output.hasSuffix(": ok\n"))

        let caseFile = folder.appendingPathComponent("cases/jeugdzorg/case.toml")
        try String(contentsOf: caseFile, encoding: .utf8).replacingOccurrences(of: "Management = 1", with: "Managers = 1")
            .write(to: caseFile, atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["validate", folder.path])
        #expect(bad.status == 1)
        #expect(bad.output.contains("cases/jeugdzorg/case.toml:"))
        #expect(bad.output.contains("unknown role `Managers`"))
        #expect(bad.output.contains("missing role `Management`"))

        let loading = try BinaryRunner.run(["respondents", "--cases", folder.path])
        #expect(loading.status == 65)
        #expect(loading.output.isEmpty)
        #expect(loading.errors.contains("unknown role `Managers`"))
    }

    @Test func theSampleFolderIsFoundWhenInstalledElsewhere() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/werkbank")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BinaryRunner.binary, to: bin.appendingPathComponent("werkbank"))
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("SampleCases"),
                                         to: share.appendingPathComponent("SampleCases"))
        // A process that other tests start at the same moment can inherit the copy's file
        // descriptor until it execs; running the copy then fails with ETXTBSY for a moment.
        var attempt = 0
        let result = try { () throws -> BinaryRunner.Result in
            while true {
                do {
                    return try BinaryRunner.run(["respondents", "--format", "csv"], executable: bin.appendingPathComponent("werkbank"))
                } catch let error as NSError where attempt < 50 && Self.isTextFileBusy(error) {
                    attempt += 1
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
        }()
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Totaal,9,28,20,18,75"))
    }

    static func isTextFileBusy(_ error: NSError) -> Bool {
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        return (error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY))
            || (underlying?.domain == NSPOSIXErrorDomain && underlying?.code == Int(ETXTBSY))
    }

    @Test func anEnvironmentVariableOrFlagPointsElsewhere() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("SampleCases"), to: copy)
        let caseFile = copy.appendingPathComponent("cases/jeugdzorg/case.toml")
        try String(contentsOf: caseFile, encoding: .utf8).replacingOccurrences(of: "table_label = \"Jeugdgezondheid\"", with: "table_label = \"Jeugd\"")
            .write(to: caseFile, atomically: true, encoding: .utf8)
        // The variable says where the sample cases are, from which a new default project is made.
        let viaEnvironment = try BinaryRunner.run(["respondents", "--format", "csv"],
                                                  environment: ["WERKBANK_CASES": copy.path, "XDG_DATA_HOME": copy.appendingPathComponent("data").path])
        #expect(viaEnvironment.output.hasPrefix("Casestudies,Jeugd,Zorg 1"))
        let viaFlag = try BinaryRunner.run(["respondents", "--format", "csv", "--cases", copy.path])
        #expect(viaFlag.output.hasPrefix("Casestudies,Jeugd,Zorg 1"))
    }

    @Test func aBrokenThemeIsNamedWithItsLineAndKey() throws {
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-theme-\(UUID().uuidString).toml")
        defer { try? FileManager.default.removeItem(at: theme) }
        try "\"ui.text\" = \"white\"\n\"ui.sparkle\" = \"red\"\n".write(to: theme, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--theme", theme.path])
        #expect(result.status == 65)
        #expect(result.errors.contains("\(theme.path):2: ui.sparkle:"), "\(result.errors)")
    }

    @Test func aMissingFolderExitsNoInput() throws {
        let result = try BinaryRunner.run(["cases", "--cases", "/nonexistent/werkbank"])
        #expect(result.status == 66)
        #expect(result.errors.contains("/nonexistent/werkbank"))
    }
}
