import ArgumentParser
import WerkbankCore
import WerkbankStore

/// The names a command resolves: the study's cases and roles (when given), with the project's
/// coders and sources when the command takes them (each costs a query).
func projectNames(_ project: Project, study: Study? = nil, coders: Bool = false, sources: Bool = false) throws -> NameResolver {
    var names = NameResolver(cases: study?.cases ?? [], roles: study?.roles ?? [])
    if coders { names.coders = try withProject { () throws(ProjectError) in try project.coderNames() } }
    if sources {
        names.sources = try withProject { () throws(ProjectError) in try project.sources() }.map { SourceName(id: $0.id, title: $0.title) }
    }
    return names
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
