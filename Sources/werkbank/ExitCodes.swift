import ArgumentParser

/// Exit codes, following sysexits(3) where one fits.
enum ExitCodes {
    /// `validate` found problems.
    static let problemsFound = ExitCode(1)
    /// A case folder or project is there but its data are wrong.
    static let dataError = ExitCode(65)
    /// A folder or file that was asked for is not there.
    static let noInput = ExitCode(66)
}
