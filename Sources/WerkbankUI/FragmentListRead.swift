import Foundation
import Synchronization
import WerkbankCore
import WerkbankStore

/// A filter's whole list of fragments (without quotes), read on another thread while the
/// Fragments screen already shows the first page (decision 77).
final class FragmentListRead: Sendable {
    private let outcome = Mutex<Result<[Fragment], ProjectError>?>(nil)
    private let finished = DispatchSemaphore(value: 0)
    private let cancelled = Atomic<Bool>(false)

    /// Starts reading `filter`'s fragments from `project`, in the order of
    /// `Project.fragments(_:limit:quotes:)`.
    init(project: Project, filter: FragmentFilter) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var fragments: [Fragment] = []
            let read: Result<[Fragment], ProjectError>
            do {
                // A project opened for reading has one connection, and the workbench's own reads
                // (the live view's look every 20 ms) would wait for this one: it gets its own.
                let reader = project.mode == .reading ? try Project.open(at: project.url, for: .reading) : project
                try reader.forEachFragment(filter, inOnePass: true, quotes: false) { fragment in
                    // A list no longer wanted (another filter, the workbench closed) stops early.
                    if fragments.count % 4_096 == 0, cancelled.load(ordering: .relaxed) { throw CancellationError() }
                    fragments.append(fragment)
                }
                read = .success(fragments)
            } catch let error as ProjectError {
                read = .failure(error)
            } catch {
                read = .success([])
            }
            outcome.withLock { $0 = read }
            finished.signal()
        }
    }

    /// Asks the read to stop; what it has read is dropped.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
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
