import Foundation
import WerkbankCore

/// A coding as the journal keeps it: everything needed to put it back exactly.
struct CodingSnapshot: Codable, Equatable {
    var guid: UUID
    var source: String
    var start: Int
    var end: Int
    var code: String
    var coder: String
    var memo: String?
    var created: Date
    var modified: Date

    init(_ coding: Coding) {
        guid = coding.id
        source = coding.sourceID
        start = coding.range.start
        end = coding.range.end
        code = coding.code
        coder = coding.coder
        memo = coding.memo
        created = coding.created ?? Date()
        modified = coding.modified ?? created
    }

    var coding: Coding {
        Coding(id: guid, sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: coder,
               memo: memo, created: created, modified: modified)
    }
}
