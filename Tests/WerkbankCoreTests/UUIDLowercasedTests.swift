import Foundation
import Testing
import WerkbankCore

@Suite struct UUIDLowercasedTests {
    @Test func isTheLowercasedUUIDString() {
        for uuid in (0..<200).map({ _ in UUID() }) + [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), .stable(from: "x")] {
            #expect(uuid.lowercasedString == uuid.uuidString.lowercased())
        }
    }
}
