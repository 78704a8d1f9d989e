/// The agreement of two coders as every caller shows it (`werkbank agreement`, the report
/// document, the workbench's Analysis screen): one table, codes in codebook order.
public struct CoderAgreement: Hashable, Sendable {
    public var coderA: String
    public var coderB: String
    /// The sources compared, in study order; empty when the two coders share none.
    public var sourceIDs: [String]
    /// Per code (those either coder used, in codebook order) and pooled.
    public var table: ReportTable

    public init(coderA: String, coderB: String, sourceIDs: [String], table: ReportTable) {
        self.coderA = coderA
        self.coderB = coderB
        self.sourceIDs = sourceIDs
        self.table = table
    }

    /// The report of `input`: rows for the codes either coder used, ordered as `codeOrder`
    /// (the codebook's order), codes missing from it after those by name.
    public init(_ input: AgreementInput, unit: AgreementUnit, codeOrder: [String],
                threshold: Double = AgreementInput.defaultSegmentThreshold) {
        self.init(coderA: input.coderA, coderB: input.coderB, sourceIDs: input.sources.map(\.id),
                  table: input.reportTable(unit: unit, codes: input.usedCodes(orderedBy: codeOrder), threshold: threshold))
    }

    /// Whether the coders share no source, so that nothing was compared.
    public var isEmpty: Bool { sourceIDs.isEmpty }
}

extension AgreementInput {
    /// The codes either coder used, in the order of `codeOrder`; codes it does not list come
    /// after, by name.
    public func usedCodes(orderedBy codeOrder: [String]) -> [String] {
        let used = Set(usedCodes)
        return codeOrder.filter(used.contains) + used.subtracting(codeOrder).sorted()
    }
}
