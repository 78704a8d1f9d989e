import Foundation
import Synchronization
import WerkbankCore
import WerkbankStore

/// A filter's whole list of fragments (without quotes), read on another thread while the
/// Fragments screen already shows the first page (decision 77).
final class FragmentListRead: Sendable {
    let filter: FragmentFilter
    private let outcome = Mutex<Result<[Fragment], ProjectError>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts reading `filter`'s fragments from `project`.
    init(project: Project, filter: FragmentFilter) {
        self.filter = filter
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let read: Result<[Fragment], ProjectError>
            do throws(ProjectError) {
                read = .success(try project.fragments(filter, quotes: false))
            } catch {
                read = .failure(error)
            }
            outcome.withLock { $0 = read }
            finished.signal()
        }
    }

    /// Takes the list or the error once the read is over (it can be taken once); `nil` while
    /// the read goes on. Taken, the list is held by its taker alone, who can change it without
    /// copying it.
    func take() -> Result<[Fragment], ProjectError>? {
        outcome.withLock { outcome in
            defer { outcome = nil }
            return outcome
        }
    }

    /// Waits for the read to end, then takes its outcome.
    func waitAndTake() -> Result<[Fragment], ProjectError>? {
        finished.wait()
        finished.signal()
        return take()
    }
}
