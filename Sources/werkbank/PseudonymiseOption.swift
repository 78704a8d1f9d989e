import ArgumentParser
import WerkbankCore
import WerkbankStore

/// `--pseudonymise` on the reports: the names of `werkbank pseudonyms list` replaced in the
/// written report (quotes, findings, memos, descriptions), whole words only, as the exports do
/// (decision 58). The project is not changed; offsets a report prints stay those of the
/// project's texts (`fragments --pseudonymise` and the exports move them).
struct PseudonymiseOption: ParsableArguments {
    @Flag(name: .long, help: "Replace the names of `werkbank pseudonyms list` in the report written. The project is not changed.")
    var pseudonymise = false

    /// `text` with the listed names replaced when asked, else as it is.
    func apply(_ text: String, project: Project) throws -> String {
        guard pseudonymise else { return text }
        return PseudonymList(try withProject { () throws(ProjectError) in try project.pseudonyms() }).apply(to: text)
    }
}
