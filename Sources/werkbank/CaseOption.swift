import ArgumentParser
import WerkbankCore

/// `--case NAME`: narrows a command to one case, named by either of its names, its folder or
/// its number, in any case.
struct CaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this case, by either name, folder or number.", valueName: "name"))
    var `case`: String?

    /// The case named, if one was; a usage error for a name that is not a case.
    func resolved(in study: Study) throws -> Case? {
        try `case`.map { try resolveCase($0, in: study) }
    }
}

/// The case named by `name` (``NameResolver``), or a usage error listing the cases (all of
/// them, or those the name fits when it fits several).
func resolveCase(_ name: String, in study: Study) throws -> Case {
    try resolveName { () throws(NameError) in try NameResolver(study: study).case(name) }
}
