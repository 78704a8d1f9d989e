import Foundation

/// What one speaker label of an imported transcript becomes in the source: a participant with
/// an id and a role, or an interviewer.
///
/// Participant ids are case-wide (the same id in two sources of a case is the same person), so
/// mapping `Jan` to `S3` says which respondent Jan is.
public struct SpeakerMapping: Hashable, Sendable {
    /// The speaker id in the source (`S3`, `I`). A mapping without an id (empty or blank)
    /// leaves its label unmapped.
    public var id: String
    /// The role's name (`Studenten`); `nil` for an interviewer.
    public var role: String?

    public init(id: String, role: String?) {
        self.id = id
        self.role = role
    }

    /// An interviewer with this id.
    public static func interviewer(_ id: String) -> SpeakerMapping {
        SpeakerMapping(id: id, role: nil)
    }

    public var isInterviewer: Bool { role == nil }

    /// Whether the mapping gives an id (not blank).
    public var hasID: Bool { !id.trimmingCharacters(in: .whitespaces).isEmpty }

    /// Whether a role as written means an interviewer: `I` or `Interviewer`, in any case.
    public static func meansInterviewer(_ role: String) -> Bool {
        ["i", "interviewer"].contains(role.lowercased())
    }

    /// The mapping a label implies without being told: `I` and `Interviewer` are interviewers
    /// (`Interviewer` with the id `I`); a label that looks like an id (`S1`, `P2`: letters then
    /// digits) is a participant with that id, in the role whose speaker prefix its letters are.
    /// Other labels (`Jan`, `Student 2`) imply nothing.
    public static func implicit(for label: String, roles: [Role]) -> SpeakerMapping? {
        if meansInterviewer(label) { return .interviewer(label == "Interviewer" ? "I" : label) }
        guard let match = label.wholeMatch(of: /([A-Za-z]+)(\d+)/) else { return nil }
        let prefix = String(match.1)
        guard let role = roles.first(where: { $0.speakerPrefix == prefix }) else { return nil }
        return SpeakerMapping(id: label, role: role.name)
    }

    /// Reads `LABEL=ID:ROLE` (the command line's `--speaker`); `I` or `Interviewer` as the role
    /// makes an interviewer. Spaces around the parts are dropped; `nil` when a part is missing.
    public static func parse(_ text: String) -> (label: String, mapping: SpeakerMapping)? {
        guard let equals = text.firstIndex(of: "="), let colon = text[equals...].firstIndex(of: ":") else { return nil }
        let label = text[..<equals].trimmingCharacters(in: .whitespaces)
        let id = text[text.index(after: equals)..<colon].trimmingCharacters(in: .whitespaces)
        let role = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, !id.isEmpty, !role.isEmpty else { return nil }
        return (label, SpeakerMapping(id: id, role: meansInterviewer(role) ? nil : role))
    }
}

/// Why a transcript cannot become a source yet.
public enum SpeakerMappingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Labels without a mapping (in the transcript's order): each needs an id and a role.
    case unmappedSpeakers([String])
    /// A mapping names a role the study does not have; `roles` are the study's role names.
    case unknownRole(String, roles: [String])

    public var description: String {
        switch self {
        case .unmappedSpeakers(let labels): "speakers without an id: \(labels.joined(separator: ", "))"
        case .unknownRole(let role, let roles): "no role '\(role)'; the roles are \(roles.joined(separator: ", "))"
        }
    }
}

extension TranscriptImport {
    /// The mapping of each label: the one given for it, else the one it implies
    /// (``SpeakerMapping/implicit(for:roles:)``). Labels with neither, or with a given mapping
    /// without an id, are left out.
    public func resolvedMappings(_ mappings: [String: SpeakerMapping], roles: [Role]) -> [String: SpeakerMapping] {
        var resolved: [String: SpeakerMapping] = [:]
        for label in speakers {
            if let mapping = mappings[label] ?? SpeakerMapping.implicit(for: label, roles: roles), mapping.hasID {
                resolved[label] = mapping
            }
        }
        return resolved
    }

    /// The labels that still need a mapping, in order of first appearance.
    public func unmappedSpeakers(_ mappings: [String: SpeakerMapping], roles: [Role]) -> [String] {
        let resolved = resolvedMappings(mappings, roles: roles)
        return speakers.filter { resolved[$0] == nil }
    }

    /// The transcript as a source of a case, each label mapped to a participant or an
    /// interviewer (given mappings first, then implicit ones).
    ///
    /// Turns take the mapped ids; participants and interviewers are listed once each, in order
    /// of first appearance, participants with the study's spelling of their role (roles are
    /// named as ``NameResolver/role(_:)`` names them: `clienten`, `clients`). Several labels may
    /// map to one id (the first role wins).
    ///
    /// - Throws: ``SpeakerMappingError/unmappedSpeakers(_:)`` naming every label without a
    ///   mapping; ``SpeakerMappingError/unknownRole(_:roles:)`` for a role the study lacks.
    public func source(id: String, title: String, caseID: String, kind: SourceKind, date: String? = nil,
                       mappings: [String: SpeakerMapping], roles: [Role]) throws(SpeakerMappingError) -> Source {
        let resolved = resolvedMappings(mappings, roles: roles)
        let unmapped = speakers.filter { resolved[$0] == nil }
        guard unmapped.isEmpty else { throw .unmappedSpeakers(unmapped) }
        var interviewers: [String] = []
        var participants: [Participant] = []
        for label in speakers {
            guard let mapping = resolved[label] else { continue }
            let speakerID = mapping.id.trimmingCharacters(in: .whitespaces)
            if let role = mapping.role {
                guard let known = try? NameResolver(roles: roles).role(role) else {
                    throw .unknownRole(role, roles: roles.map(\.name))
                }
                if !participants.contains(where: { $0.id == speakerID }) { participants.append(Participant(id: speakerID, role: known.name)) }
            } else if !interviewers.contains(speakerID) {
                interviewers.append(speakerID)
            }
        }
        let turns = self.turns.map { turn in
            Turn(speaker: resolved[turn.speaker].map { $0.id.trimmingCharacters(in: .whitespaces) } ?? turn.speaker, range: turn.range)
        }
        return Source(id: id, caseID: caseID, title: title, kind: kind, date: date, interviewers: interviewers,
                      participants: participants, text: text, turns: turns)
    }
}

extension Source {
    /// A source id made from a file name: lowercase ASCII letters and digits, other runs as one
    /// hyphen, diacritics dropped (`Gesprek Jan één.txt` without extension → `gesprek-jan-een`).
    /// Empty when the name has no letters or digits.
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
