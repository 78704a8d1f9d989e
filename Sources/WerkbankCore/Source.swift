/// What kind of material a source is.
public enum SourceKind: String, CaseIterable, Hashable, Sendable, Codable {
    case interview
    case focusgroup
    case observation
    case document
    case questionnaire
}

/// A pseudonymous speaker of a case (`S1`, `P2`, `C1`) with a respondent role.
///
/// Ids are case-wide: the same id in two sources of one case is the same person.
public struct Participant: Hashable, Sendable, Identifiable {
    public var id: String
    public var role: String
    public var description: String

    public init(id: String, role: String, description: String = "") {
        self.id = id
        self.role = role
        self.description = description
    }
}

/// One speaker turn: who speaks, and where the words stand in the source's text.
public struct Turn: Hashable, Sendable {
    /// The speaker id: an interviewer's or a participant's.
    public var speaker: String
    public var range: ScalarRange

    public init(speaker: String, range: ScalarRange) {
        self.speaker = speaker
        self.range = range
    }
}

/// A transcript, observation note or document of a case.
public struct Source: Hashable, Sendable, Identifiable {
    /// The file name without extension, unique within the study.
    public var id: String
    public var caseID: String
    public var title: String
    public var kind: SourceKind
    /// The date as written (`2023-03-14`), if given.
    public var date: String?
    /// Speaker ids of the researchers asking the questions.
    public var interviewers: [String]
    public var participants: [Participant]
    /// The text as stored; offsets count its Unicode scalars.
    public var text: String
    public var turns: [Turn]

    public init(
        id: String, caseID: String, title: String, kind: SourceKind, date: String? = nil,
        interviewers: [String] = [], participants: [Participant] = [], text: String, turns: [Turn] = []
    ) {
        self.id = id
        self.caseID = caseID
        self.title = title
        self.kind = kind
        self.date = date
        self.interviewers = interviewers
        self.participants = participants
        self.text = text
        self.turns = turns
    }

    /// The number of words: runs of letters, digits, marks, hyphens and apostrophes.
    public var wordCount: Int {
        var text = text
        // Through the UTF-8 bytes: the scalar view took 3 % of importing a corpus.
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isWordScalar: Bool
                if byte < 0x80 {
                    // Most transcript text is ASCII; looking up Unicode properties for every
                    // scalar took longer than the rest of importing a 22 MB corpus.
                    isWordScalar = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                        || (inWord && (byte == 0x2D || byte == 0x27))
                    index += 1
                } else {
                    let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: index)
                    let properties = scalar.properties
                    isWordScalar = properties.isAlphabetic || properties.numericType != nil
                        || (inWord && (scalar == "’" || properties.generalCategory == .nonspacingMark))
                    index += length
                }
                if isWordScalar && !inWord { count += 1 }
                inWord = isWordScalar
            }
            return count
        }
    }

    /// The turn that contains a scalar offset, if any.
    public func turn(at offset: Int) -> Turn? {
        turns.first { $0.range.start <= offset && offset < $0.range.end }
    }

    /// The role of a speaker id, or `nil` for an interviewer or an unknown id.
    public func role(of speaker: String) -> String? {
        participants.first { $0.id == speaker }?.role
    }
}
