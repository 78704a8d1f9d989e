import Foundation
import WerkbankCore

extension RefiQDAReaderMapper {
    /// A source with the kind and date of its variables; for Werkbank's own exports also its
    /// interviewers and participants (from its description, one line each) and its speaker
    /// turns (found again from the speaker labels that open its lines).
    func makeSource(id: String, caseID: String, entry: RefiQDADocument.TextSource, text: String,
                    labelled known: TranscriptImport? = nil) -> Source {
        let kind = entry.variables["Kind"].flatMap(SourceKind.init(rawValue:)) ?? .document
        let date = entry.variables["Date"].flatMap { value in
            value.utf8.count == 10 && value.utf8.enumerated().allSatisfy { index, byte in
                index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            } ? value : nil
        }
        var source = Source(id: id, caseID: caseID, title: entry.name, kind: kind, date: date, text: text)
        guard isWerkbankExport else { return source }
        for line in entry.description.split(separator: "\n") {
            if line.hasPrefix("Interviewers: ") {
                source.interviewers = line.dropFirst("Interviewers: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } else if let participant = Self.participant(line) {
                source.participants.append(participant)
            }
        }
        let speakers = Set(source.interviewers + source.participants.map(\.id))
        guard !speakers.isEmpty else { return source }
        let labelled = known ?? TranscriptReader.labelled(text)
        if labelled.text == text {
            source.turns = labelled.turns.filter { speakers.contains($0.speaker) }
        }
        return source
    }

    /// `Participant S1 (Studenten): description` as the writer puts it in a description.
    static func participant(_ line: Substring) -> Participant? {
        guard line.hasPrefix("Participant ") else { return nil }
        let rest = line.dropFirst("Participant ".count)
        guard let open = rest.firstIndex(of: " "), rest[open...].hasPrefix(" ("),
              let close = rest[open...].firstIndex(of: ")") else { return nil }
        let id = rest[..<open], role = rest[rest.index(open, offsetBy: 2)..<close]
        let after = rest[rest.index(after: close)...]
        guard !id.isEmpty, !role.isEmpty, after.isEmpty || after.hasPrefix(": ") else { return nil }
        return Participant(id: String(id), role: String(role), description: String(after.dropFirst(2)))
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
