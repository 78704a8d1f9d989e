import Foundation

/// One open workbench as the others see it: who, where and since when (decision 62).
public struct PresenceEntry: Codable, Hashable, Sendable {
    /// The coder the workbench writes as.
    public var coder: String
    /// The workbench's process, on `host`.
    public var pid: Int32
    public var host: String
    /// The screen it shows (`cases`, `case`, `source`, …; ``ScreenKind``'s raw value).
    public var screen: String
    /// The case it is in (its id and name), when the screen belongs to one.
    public var caseID: String?
    public var caseName: String?
    /// The source open in its reader.
    public var sourceID: String?
    public var sourceTitle: String?
    /// Whether it only reads (`--read-only`, or a project it cannot write).
    public var readOnly: Bool
    /// When the workbench opened the project.
    public var since: Date

    public init(coder: String, pid: Int32 = getpid(), host: String = ProcessInfo.processInfo.hostName, screen: String,
                caseID: String? = nil, caseName: String? = nil, sourceID: String? = nil, sourceTitle: String? = nil,
                readOnly: Bool = false, since: Date = Date()) {
        self.coder = coder
        self.pid = pid
        self.host = host
        self.screen = screen
        self.caseID = caseID
        self.caseName = caseName
        self.sourceID = sourceID
        self.sourceTitle = sourceTitle
        self.readOnly = readOnly
        self.since = since
    }

    /// Whether two entries place a workbench in the same spot (the time it opened aside).
    public func samePlace(as other: PresenceEntry) -> Bool {
        screen == other.screen && caseID == other.caseID && sourceID == other.sourceID && coder == other.coder
    }

    /// `Zorg 2 · Interview 3`, `Zorg 2`, or nil when the workbench is on a screen of the whole
    /// project.
    public var place: String? {
        switch (caseName, sourceTitle) {
        case let (caseName?, sourceTitle?): "\(caseName) · \(sourceTitle)"
        case let (caseName?, nil): caseName
        case let (nil, sourceTitle?): sourceTitle
        case (nil, nil): nil
        }
    }
}
