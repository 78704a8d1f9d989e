import Foundation
import WerkbankCore
import WerkbankStore

/// The effects of the Memos screen: reading every memo, and writing free memos (each one
/// committed, journaled step).
extension Workbench {
    func performMemos(_ effect: Effect) throws -> [EffectResult] {
        switch effect {
        case .loadMemos:
            data.memoEntries = try project.allMemos()
            return []
        case .saveMemo(.newFreeMemo(let subject, let author), let text):
            guard let (title, body) = Self.titleAndText(text) else { return [.freeMemoEdited(.messageMemoNeedsTitle, written: nil, isError: true)] }
            return try perform(.editFreeMemo(.add(FreeMemo(title: title, text: body, author: author, subject: subject))))
        case .saveMemo(.freeMemo(let id), let text):
            guard let (title, body) = Self.titleAndText(text) else { return [.freeMemoEdited(.messageMemoNeedsTitle, written: nil, isError: true)] }
            return try perform(.editFreeMemo(.update(id, title: title, text: body)))
        case .editFreeMemo(let edit):
            let result: EffectResult
            switch edit {
            case .add(let memo):
                result = .freeMemoEdited(.messageMemoAdded, written: try project.addFreeMemo(memo).id, isError: false)
            case .update(let id, let title, let text):
                let before = try project.freeMemo(id)
                let after = try project.updateFreeMemo(id, title: title, text: text)
                result = .freeMemoEdited(after == before ? .messageMemoUnchanged : .messageMemoChanged, written: after.id, isError: false)
            case .remove(let id):
                try project.removeFreeMemo(id)
                result = .freeMemoEdited(.messageMemoDeleted, written: nil, isError: false)
            }
            // Read before the result is taken, so that the cursor can go to the memo written.
            data.memoEntries = try project.allMemos()
            return [result]
        default:
            return []
        }
    }

    /// The editor's text as a free memo: the first line its title, the rest its text; `nil`
    /// without a title.
    static func titleAndText(_ text: String) -> (title: String, text: String)? {
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let title = lines.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !title.isEmpty else { return nil }
        let body = lines.count > 1 ? lines[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return (title, body)
    }
}
