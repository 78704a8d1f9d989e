import WerkbankCore

extension AppState {
    /// Where the reader is, for the status bar: the selection in words with its speaker and
    /// turn ("42 words, S3, turn 7/31, 40%"), so that what a code key will store is said, not only
    /// drawn. In a document with pages (an imported PDF) the page it starts on comes after the
    /// words ("12 words, p. 4, …"), as it would be cited.
    func readerPosition(in data: WorkbenchData) -> String? {
        guard let source = data.source, let selection = selection(in: data), !data.sourceUnits.isEmpty else { return nil }
        let unit = data.sourceUnits.lastIndex { $0.start <= selection.start } ?? 0
        let words = data.sourceCache.words(for: source).count(in: selection)
        let speaker = source.turns.last { $0.range.start <= selection.start }?.speaker
        var parts = [Text.labelWords.string(language, "\(words)")]
        if let speaker { parts.append(speaker) }
        // Only documents are searched for page breaks: a transcript has none, and this runs at
        // every drawing.
        if source.kind == .document, let page = source.page(at: selection.start) { parts.append(Source.pageLabel(page)) }
        parts.append(Text.labelTurnOf.string(language, "\(unit + 1)", "\(data.sourceUnits.count)"))
        if let text = feedback.sourceText, text.rowCount > 0 {
            // How far down the text the view's last line is.
            parts.append("\(min(100, min(text.rowCount, text.endRow) * 100 / text.rowCount))%")
        }
        return parts.joined(separator: ", ")
    }
}
