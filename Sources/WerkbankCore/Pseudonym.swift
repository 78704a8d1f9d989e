/// A name to take out of the texts and what replaces it, with the other ways it is written.
///
/// A variant is written as it occurs (`Marieke's`, `mevrouw De Vries`), or as `FROM=TO` to say
/// what replaces it (`mevrouw De Vries=mevrouw Jansen`). A variant without `=` that starts with
/// the name keeps what follows it (`Marieke's` → `Anna's`); any other becomes the pseudonym.
public struct Pseudonym: Hashable, Sendable {
    public var name: String
    public var pseudonym: String
    public var variants: [String]

    public init(name: String, pseudonym: String, variants: [String] = []) {
        self.name = name
        self.pseudonym = pseudonym
        self.variants = variants
    }

    /// Every form to look for with what replaces it, the name itself included.
    public var replacements: [(from: String, to: String)] {
        var result = [(name, pseudonym)]
        for variant in variants {
            if let equals = variant.firstIndex(of: "=") {
                result.append((String(variant[..<equals]).trimmed, String(variant[variant.index(after: equals)...]).trimmed))
            } else if variant.hasPrefix(name) {
                result.append((variant, pseudonym + variant.dropFirst(name.count)))
            } else {
                result.append((variant, pseudonym))
            }
        }
        return result.filter { !$0.0.isEmpty }
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}

/// Finds and replaces the listed names in texts: whole words only (`Jan` not in `Janssen`),
/// with the exact capitals written, longest form first (`mevrouw De Vries` before `De Vries`).
public struct PseudonymList: Hashable, Sendable {
    public var entries: [Pseudonym]

    public init(_ entries: [Pseudonym]) {
        self.entries = entries
    }

    /// One occurrence of a listed form in a text.
    public struct Occurrence: Hashable, Sendable {
        public var range: ScalarRange
        public var form: String
        public var replacement: String
        /// The line it is on, from 1.
        public var line: Int
    }

    /// The forms, longest first.
    var forms: [(from: [Unicode.Scalar], to: String)] {
        entries.flatMap(\.replacements).map { (Array($0.from.unicodeScalars), $0.to) }.sorted { $0.from.count > $1.from.count }
    }

    /// Every occurrence of a listed form in `text`, in order, none overlapping.
    public func occurrences(in text: String) -> [Occurrence] {
        let scalars = Array(text.unicodeScalars)
        let forms = self.forms
        guard !forms.isEmpty else { return [] }
        var found: [Occurrence] = []
        var index = 0
        var line = 1
        while index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            let startsWord = index == 0 || !TextDiff.isWordScalar(scalars[index - 1])
            if startsWord, let match = forms.first(where: { form in
                let end = index + form.from.count
                return end <= scalars.count && scalars[index..<end].elementsEqual(form.from)
                    && (end == scalars.count || !TextDiff.isWordScalar(scalars[end]) || !TextDiff.isWordScalar(form.from.last!))
            }) {
                let end = index + match.from.count
                found.append(Occurrence(range: ScalarRange(start: index, end: end), form: String(String.UnicodeScalarView(match.from)),
                                        replacement: match.to, line: line))
                line += scalars[index..<end].filter { $0 == "\n" }.count
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// `text` with every occurrence replaced.
    public func apply(to text: String) -> String {
        let found = occurrences(in: text)
        guard !found.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var at = 0
        for occurrence in found {
            result.append(contentsOf: scalars[at..<occurrence.range.start])
            result.append(contentsOf: occurrence.replacement.unicodeScalars)
            at = occurrence.range.end
        }
        result.append(contentsOf: scalars[at...])
        return String(result)
    }

    /// The names a list might need: speaker labels that are not ids (`Jan`, not `S1` or `I`),
    /// and capitalised words that do not start a sentence, most frequent first, without those
    /// already listed. `minimum`: how often a capitalised word must occur.
    public static func suggestions(texts: [String], labels: [String], listed: [Pseudonym], minimum: Int = 2) -> [(word: String, count: Int)] {
        let known = Set(listed.flatMap { [$0.name] + $0.replacements.map(\.from) })
        var counts: [String: Int] = [:]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var index = 0
            var sentenceStart = true
            while index < scalars.count {
                let scalar = scalars[index]
                guard TextDiff.isWordScalar(scalar) else {
                    if ".?!:\n".unicodeScalars.contains(scalar) { sentenceStart = true }
                    index += 1
                    continue
                }
                var end = index
                while end < scalars.count, TextDiff.isWordScalar(scalars[end]) { end += 1 }
                if !sentenceStart, scalar.properties.isUppercase, end - index > 1 {
                    counts[String(String.UnicodeScalarView(scalars[index..<end])), default: 0] += 1
                }
                sentenceStart = false
                index = end
            }
        }
        // A speaker label that is not an id is a name, however seldom it is in the text.
        for label in labels where label.wholeMatch(of: /[A-Z]{1,3}\d*/) == nil && label.lowercased() != "interviewer" {
            counts[label] = max(counts[label] ?? 0, minimum)
        }
        return counts.filter { !known.contains($0.key) && $0.value >= minimum }
            .map { (word: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.word) < ($0.count, $1.word) }
    }
}

extension PseudonymList {
    /// A source and its codings as an export shows them pseudonymised: the text (and title)
    /// with every listed name replaced, turns and codings moved to the same words
    /// (``Reanchoring``), so that nothing of the project itself changes. Codings are never
    /// dropped; memos are pseudonymised too.
    public func pseudonymised(_ source: Source, codings: [Coding]) -> (source: Source, codings: [Coding]) {
        var result = source
        result.title = apply(to: source.title)
        let text = apply(to: source.text)
        let memos = codings.map { coding in coding.memo.map { apply(to: $0) } }
        guard text != source.text else {
            return (result, zip(codings, memos).map { coding, memo in var copy = coding; copy.memo = memo; return copy })
        }
        let anchors = Reanchoring(old: source.text, new: text)
        result.text = text
        result.turns = source.turns.map { turn in
            let start = anchors.point(turn.range.start, isStart: true)
            return Turn(speaker: turn.speaker, range: ScalarRange(start: start, end: max(start, anchors.point(turn.range.end, isStart: false))))
        }
        let moved = zip(codings, memos).map { coding, memo in
            var copy = coding
            copy.range = anchors.map(coding.range).range
            copy.memo = memo
            return copy
        }
        return (result, moved)
    }
}
