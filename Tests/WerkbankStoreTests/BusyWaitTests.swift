import Testing
@testable import WerkbankStore

/// The busy handler's steps: fine at first, coarse later, never past the busy timeout.
@Suite struct BusyWaitTests {
    @Test func stepsAreFineForTenMillisecondsThenCoarse() {
        #expect(BusyWait.waited(beforeTry: 0) == 0)
        #expect(abs(BusyWait.waited(beforeTry: 1) - 0.0002) < 1e-9)
        #expect(abs(BusyWait.waited(beforeTry: 50) - 0.010) < 1e-9)
        #expect(abs(BusyWait.waited(beforeTry: 52) - 0.020) < 1e-9)
    }

    @Test func itGivesUpAtTheBusyTimeoutWithoutSleeping() {
        let last = (0..<10_000).first { BusyWait.waited(beforeTry: $0) >= Project.busyTimeout }!
        #expect(abs(BusyWait.waited(beforeTry: last) - Project.busyTimeout) < 0.006)
        #expect(BusyWait.retry(last) == false)
        #expect(BusyWait.retry(last + 100) == false)
    }
}
