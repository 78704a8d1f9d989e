extension PseudonymList {
    /// The study's own texts with the listed names replaced: case descriptions, findings and
    /// conclusions (their texts and the quotes of their evidence) and free memos. Sources and
    /// codings are done source by source (``pseudonymised(_:codings:)``), where their ranges
    /// move with the text; evidence keeps its range, which a reader of the export finds again
    /// through the coding it links to.
    public func pseudonymised(_ study: Study) -> Study {
        var study = study
        study.cases = study.cases.map { studyCase in
            var studyCase = studyCase
            studyCase.description = apply(to: studyCase.description)
            return studyCase
        }
        study.synthesis.findings = study.synthesis.findings.map { finding in
            var finding = finding
            finding.text = apply(to: finding.text)
            finding.evidence = finding.evidence.map(pseudonymised)
            return finding
        }
        study.synthesis.conclusions = study.synthesis.conclusions.map { conclusion in
            var conclusion = conclusion
            conclusion.text = apply(to: conclusion.text)
            conclusion.evidence = conclusion.evidence.map(pseudonymised)
            return conclusion
        }
        study.memos = study.memos.map { memo in
            var memo = memo
            memo.title = apply(to: memo.title)
            memo.text = apply(to: memo.text)
            return memo
        }
        return study
    }

    private func pseudonymised(_ evidence: Evidence) -> Evidence {
        var evidence = evidence
        evidence.quote = apply(to: evidence.quote)
        return evidence
    }
}
