import Foundation

/// The language of the interface.
public enum Language: String, CaseIterable, Sendable {
    case en
    case nl

    /// `nl` when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first that is set) starts with `nl`;
    /// else English.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("nl") ? .nl : .en
            }
        }
        return .en
    }
}
