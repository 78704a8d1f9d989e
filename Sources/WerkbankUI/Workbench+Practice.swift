import WerkbankCore
import WerkbankStore

extension Workbench {
    /// Practice coding's effects: a student's feedback and the class view (decision 61).
    func performPractice(_ effect: Effect) throws -> [EffectResult] {
        switch effect {
        case .loadFeedback(let student):
            data.feedback = try project.practiceFeedback(student: student)
            for id in Set(data.feedback?.items.map(\.sourceID) ?? []) where data.disagreementTexts[id] == nil {
                data.disagreementTexts[id] = try project.source(id).text
            }
        case .loadClass:
            data.classAgreement = try project.classAgreement()
        default:
            break
        }
        return []
    }
}
