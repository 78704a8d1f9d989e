import Foundation

/// One code applied by one coder to a stretch of a source.
public struct Coding: Hashable, Sendable, Identifiable {
    /// Stable across exports and merges.
    public var id: UUID
    public var sourceID: String
    public var range: ScalarRange
    /// The code's short name.
    public var code: String
    public var coder: String
    public var memo: String?
    /// When the coding was made and last changed; `nil` for codings not yet stored.
    public var created: Date?
    public var modified: Date?

    public init(id: UUID = UUID(), sourceID: String, range: ScalarRange, code: String, coder: String, memo: String? = nil,
                created: Date? = nil, modified: Date? = nil) {
        self.id = id
        self.sourceID = sourceID
        self.range = range
        self.code = code
        self.coder = coder
        self.memo = memo
        self.created = created
        self.modified = modified
    }
}
