/// What to do when the edit that undo (or redo) would take was changed since by someone else.
public enum UndoChoice: Sendable, Equatable {
    /// Refuse with ``ProjectError/undoBlocked(_:)``: nothing changes.
    case refuse
    /// Undo (or redo) it all the same, overturning what the other coder did.
    case anyway
    /// Leave it as it is and take it out of the coder's undo history, so that the next undo
    /// goes to the edit before.
    case skip
}

/// An edit of the acting coder's that undo or redo will not take blindly, and who is in the way.
public struct UndoConflict: Sendable, Equatable, CustomStringConvertible {
    /// The edit, as the journal names it ("code LOS").
    public var label: String
    /// Whether it was a redo that was refused.
    public var redo: Bool
    /// Who made the later edit in the way; `nil` for one made before edits had coders.
    public var coder: String?
    /// That later edit ("recode LOS → VOR").
    public var theirLabel: String

    public var description: String {
        "cannot \(redo ? "redo" : "undo") “\(label)”: \(coder ?? "someone") has since made “\(theirLabel)”, which it would overturn"
    }
}
