import ArgumentParser
import WerkbankCore

/// `--where NAME=VALUE` (repeatable, all must hold): attribute conditions on the speaking
/// participant, the source or the case.
struct WhereOption: ParsableArguments {
    @Option(name: .customLong("where"), help: ArgumentHelp(
        "Only where an attribute has a value, as NAME=VALUE (repeatable, all must hold): the speaker, source or case, as the attribute is declared.",
        valueName: "name=value"))
    var where_: [String] = []

    func conditions() throws -> [AttributeCondition] {
        try where_.map { text in
            guard let condition = AttributeCondition(text) else {
                throw ValidationError("--where takes NAME=VALUE (e.g. betrokkenheid=hoog), not `\(text)`")
            }
            return condition
        }
    }
}
