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

/// What a name resolves to; a name that names nothing or several things is a usage error
/// that says which names there are.
func resolveName<T>(_ body: () throws(NameError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw ValidationError(error.description)
    }
}

/// A coder to filter codings by: the stored name it resolves to, or the name as given when no
/// coder has it (a coder without codings then finds nothing, as before any coding); a name
/// that fits several coders is a usage error.
func resolveCoderFilter(_ name: String, in names: NameResolver) throws -> String {
    do {
        return try names.coder(name)
    } catch where error.problem == .unknown {
        return name
    } catch {
        throw ValidationError(error.description)
    }
}
