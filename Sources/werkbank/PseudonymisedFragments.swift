import WerkbankCore
import WerkbankStore

/// Fragments as an export or report shows them with `--pseudonymise`: quotes and memos with
/// the listed names replaced, ranges moved to the replaced text of their source (decision 58).
struct PseudonymisedFragments {
    let project: Project
    let list: PseudonymList
    private var anchors: [String: Reanchoring?] = [:]

    init(_ project: Project) throws {
        self.project = project
        list = PseudonymList(try withProject { () throws(ProjectError) in try project.pseudonyms() })
    }

    mutating func apply(_ fragments: [Fragment]) throws -> [Fragment] {
        var result: [Fragment] = []
        result.reserveCapacity(fragments.count)
        for var fragment in fragments {
            let id = fragment.coding.sourceID
            if anchors[id] == nil {
                let text = try withProject { () throws(ProjectError) in try project.text(ofSource: id) }
                let replaced = list.apply(to: text)
                anchors[id] = .some(replaced == text ? nil : Reanchoring(old: text, new: replaced))
            }
            if let moved = anchors[id] ?? nil {
                fragment.coding.range = moved.map(fragment.coding.range).range
                fragment.quote = moved.newText(fragment.coding.range)
            }
            fragment.coding.memo = fragment.coding.memo.map { list.apply(to: $0) }
            result.append(fragment)
        }
        return result
    }
}
