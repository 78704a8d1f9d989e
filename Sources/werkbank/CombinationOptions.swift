import ArgumentParser
import WerkbankCore

/// `--and`, `--not` and `--within`: conditions on other codes, for `fragments` and
/// `report matrix`.
struct CombinationOptions: ParsableArguments {
    @Option(name: .customLong("and"), help: ArgumentHelp(
        "Only fragments that co-occur with a fragment of this code too (repeatable; all must hold).", valueName: "code"))
    var with: [String] = []

    @Option(name: .customLong("not"), help: ArgumentHelp(
        "Only fragments that co-occur with no fragment of this code (repeatable).", valueName: "code"))
    var without: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "What co-occurring means for --and and --not: overlap (sharing a character) or turn (starting in the same speaker turn).",
        valueName: "mode"))
    var within: CoOccurrenceMode = .overlap

    /// The conditions, by the codes' short names as the codebook spells them; a code the
    /// codebook does not have is refused with the list of codes.
    func combinations(in codebook: Codebook) throws -> [CodeCombination] {
        try (with.map { (CodeCombination.Relation.with, $0) } + without.map { (.without, $0) }).map { relation, name in
            guard let code = codebook.code(name) else {
                throw ValidationError("no code '\(name)'; the codes are \(codebook.codes.map(\.short).joined(separator: ", "))")
            }
            return CodeCombination(relation, code.short)
        }
    }
}
