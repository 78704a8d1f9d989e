import Foundation
import WerkbankCore
import WerkbankStore

/// The effects of the Search screen: reading the hits and counts of a query, and coding the
/// marked hits as one journaled step.
extension Workbench {
    func performSearch(_ effect: Effect) throws -> [EffectResult] {
        switch effect {
        case .search(let search, let limit, let context):
            do {
                data.searchHits = try project.searchHits(search, context: context, limit: limit)
                data.searchCounts = try project.searchCounts(search)
            } catch let error as SearchQueryError {
                data.searchHits = []
                data.searchCounts = []
                return [.failed(error.description)]
            }
            return []
        case .autocode(let search, let code, let unit, let coder, let only):
            let result = try project.autocode(search, code: code, unit: unit, coder: coder, only: only)
            let summary = AutocodeSummary(code: code, hits: result.hits, codings: result.codings.count,
                                          overlapping: result.overlapping, alreadyCoded: result.alreadyCoded)
            return try reloadAfterEdit() + [.autocoded(summary)]
        default:
            return []
        }
    }
}
