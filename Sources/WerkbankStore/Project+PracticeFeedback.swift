import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// How `student`'s practice layer compares with the consensus coder: the agreement per code
    /// and the stretches where they differ, over the sources both coded (a source counts once
    /// the student has coded in it).
    /// - Throws: ``ProjectError/practice(_:)`` when the project is not a practice project.
    public func practiceFeedback(student: String, unit: AgreementUnit = .character) throws(ProjectError) -> PracticeFeedback {
        guard let setup = try practiceSetup() else {
            throw ProjectError.practice("this is not a practice project; a teacher makes it one with `werkbank practice enable --consensus NAME`")
        }
        let input = try agreementInput(coders: (student, setup.consensus))
        let order = try codeOrder()
        let items = PracticeFeedback.items(codings: input.codings, student: student, consensus: setup.consensus,
                                           sourceOrder: input.sources.map(\.id), codeOrder: order)
        // Per element of the model, pooled over the elements: as the class view has it.
        let elements = try study().codebook.elements.map(\.short)
        let figures = input.binaryAgreement(unit: unit == .segment ? .character : unit, codes: elements)
        return PracticeFeedback(student: student, consensus: setup.consensus,
                                agreement: CoderAgreement(input, unit: unit, codeOrder: order), figures: figures, items: items)
    }

    /// Every student's agreement with the consensus coder per element of the model (the
    /// teacher's view), students by name.
    /// - Throws: ``ProjectError/practice(_:)`` when the project is not a practice project.
    public func classAgreement(unit: AgreementUnit = .character) throws(ProjectError) -> ClassAgreement {
        guard let setup = try practiceSetup() else {
            throw ProjectError.practice("this is not a practice project; a teacher makes it one with `werkbank practice enable --consensus NAME`")
        }
        let elements = try study().codebook.elements.map(\.short)
        var rows: [ClassAgreement.Row] = []
        for student in setup.students {
            let input = try agreementInput(coders: (student, setup.consensus))
            rows.append(ClassAgreement.row(input, student: student, elements: elements, unit: unit))
        }
        return ClassAgreement(consensus: setup.consensus, unit: unit == .segment ? .character : unit, elements: elements, rows: rows)
    }
}
