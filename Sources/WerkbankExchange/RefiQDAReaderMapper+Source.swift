import Foundation
import WerkbankCore

extension RefiQDAReaderMapper {
    /// A source with the kind and date of its variables; for Werkbank's own exports also its
    /// interviewers and participants (from its description, one line each) and its speaker turns (found again
    /// from the speaker labels that open its lines).
    func makeSource(id: String, caseID: String, entry: RefiQDADocument.TextSource, text: String) -> Source {
        let kind = entry.variables["Kind"].flatMap(SourceKind.init(rawValue:)) ?? .document
        let date = entry.variables["Date"].flatMap { $0.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil ? nil : $0 }
        var source = Source(id: id, caseID: caseID, title: entry.name, kind: kind, date: date, text: text)
        guard isWerkbankExport else { return source }
        for line in entry.description.split(separator: "\n") {
            if let list = line.wholeMatch(of: /Interviewers: (.+)/)?.1 {
                source.interviewers = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } else if let match = line.wholeMatch(of: /Participant (\S+) \(([^)]+)\)(?:: (.*))?/) {
                source.participants.append(Participant(id: String(match.1), role: String(match.2), description: match.3.map(String.init) ?? ""))
            }
        }
        let speakers = Set(source.interviewers + source.participants.map(\.id))
        guard !speakers.isEmpty else { return source }
        let labelled = TranscriptReader.labelled(text)
        if labelled.text == text {
            source.turns = labelled.turns.filter { speakers.contains($0.speaker) }
        }
        return source
    }

    /// The roles of the participants, in order of first appearance, each with the letters that
    /// open its participants' ids as its speaker prefix.
    func roles(of sources: [Source]) -> [Role] {
        var roles: [Role] = []
        for participant in sources.flatMap(\.participants) where !roles.contains(where: { $0.name == participant.role }) {
            roles.append(Role(name: participant.role, gloss: "", speakerPrefix: String(participant.id.prefix { $0.isLetter })))
        }
        return roles
    }
}
