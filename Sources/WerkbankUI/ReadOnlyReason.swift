import WerkbankStore

/// Why a workbench cannot change its project: shown in the status bar's messages and in help,
/// in words, wherever an editing key is refused.
public enum ReadOnlyReason: Hashable, Sendable {
    /// The user asked for it (`--read-only`).
    case requested
    /// The project file (or its folder) cannot be written; the detail says why.
    case notWritable(String)
    /// The project file, its folder or its file system cannot be written by this user.
    case denied(ProjectAccess.Denial)

    /// The reason in words.
    public func text(_ language: Language) -> String {
        switch self {
        case .requested:
            Text.reasonRequested.string(language)
        case .notWritable(let detail):
            Text.reasonNotWritable.string(language, detail)
        case .denied(let denial):
            Text.reasonNotWritable.string(language, {
                switch denial {
                case .file: Text.reasonFileReadOnly.string(language)
                case .folder: Text.reasonFolderReadOnly.string(language)
                case .fileSystem: Text.reasonReadOnlyFileSystem.string(language)
                }
            }())
        }
    }
}
