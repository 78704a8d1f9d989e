import WerkbankCore

extension AppState {
    /// The names the command line resolves (``NameResolver``, as `werkbank` does): the study's
    /// cases and roles, the project's sources, and its coders with the current one, who counts
    /// even before their first coding.
    func names(_ data: WorkbenchData) -> NameResolver {
        let coders = data.study.coders.map(\.name) + (data.study.coders.contains { $0.name == coder } ? [] : [coder])
        let sources = data.cases.flatMap { data.sourcesByCase[$0.id] ?? [] }.map { SourceName(id: $0.id, title: $0.title) }
        return NameResolver(study: data.study, coders: coders, sources: sources)
    }

    /// The message for a name that names nothing (`unknown`, followed by the choices when
    /// `listChoices`) or several things (the ones it could be).
    func nameMessage(_ error: NameError, unknown: Text, listChoices: Bool = false) -> String {
        switch error.problem {
        case .unknown:
            let message = unknown.string(language, error.name)
            return listChoices ? "\(message) (\(error.candidateList))" : message
        case .ambiguous:
            return Text.messageAmbiguousName.string(language, error.name, error.candidateList)
        }
    }
}
