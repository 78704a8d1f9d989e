import WerkbankCore

extension SourceKind {
    /// The kind in words, as the interface names it.
    var title: Text {
        switch self {
        case .interview: .kindInterview
        case .focusgroup: .kindFocusgroup
        case .observation: .kindObservation
        case .document: .kindDocument
        case .questionnaire: .kindQuestionnaire
        }
    }
}
