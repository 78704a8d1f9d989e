// The screens as they must look: rendered by ScreenSnapshotTests, reviewed, pasted here.
// To review a change: WERKBANK_RECORD_SNAPSHOTS=/tmp/snaps swift test --filter ScreenSnapshotTests

let snapshots = smallSnapshots.merging(largeSnapshots) { first, _ in first }
