/// Whether a fragment or hit meets attribute conditions (`--where NAME=VALUE`, all of them):
/// each condition holds when the participant speaking, the source or the case — whichever the
/// attribute is declared on — has the value.
public struct AttributeMatcher: Hashable, Sendable {
    /// Per condition: the kind of target, and the keys (``AttributeTarget/key``) with the value.
    public var conditions: [(kind: AttributeTargetKind, keys: Set<String>)] {
        get { zip(kinds, keys).map { ($0, $1) } }
        set {
            kinds = newValue.map(\.kind)
            keys = newValue.map(\.keys)
        }
    }
    private var kinds: [AttributeTargetKind] = []
    private var keys: [Set<String>] = []

    public init(conditions: [(kind: AttributeTargetKind, keys: Set<String>)] = []) {
        self.conditions = conditions
    }

    public var isEmpty: Bool { kinds.isEmpty }

    /// Whether a fragment of `sourceID` in `caseID`, spoken by `speaker` (nil: outside turns),
    /// meets every condition.
    public func matches(caseID: String, sourceID: String, speaker: String?) -> Bool {
        for (kind, keys) in zip(kinds, keys) {
            let key: String? = switch kind {
            case .case: caseID
            case .source: sourceID
            case .participant: speaker.map { "\(caseID)/\($0)" }
            }
            guard let key, keys.contains(key) else { return false }
        }
        return true
    }
}
