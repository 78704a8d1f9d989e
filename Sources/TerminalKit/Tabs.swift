/// One row of titles with the selected one highlighted: `Cases │ Case │ Model`.
///
/// When the titles do not fit, the compact titles (if given) are drawn with the compact
/// separator: `Cases│Case│Resp.│Model`. When those do not fit either, the smallest titles (if
/// given; the keys, say) take the place of the compact ones farthest from the selected
/// title, as many as needed: `1│2 Case│3 Resp.│4`. When nothing fits, the first ones are
/// left out until the selected title fits; the rest is cut at the right edge.
public struct Tabs {
    /// The titles, left to right.
    public var titles: [String]
    /// The index of the selected title.
    public var selected: Int
    /// The style of the row and of the other titles.
    public var style: Style
    /// The style of the selected title.
    public var selectedStyle: Style
    /// Drawn between titles, in `style`.
    public var separator: String
    /// Shorter titles, one per title, for a row too narrow for `titles`; `nil` for none.
    public var compactTitles: [String]?
    /// Drawn between compact titles.
    public var compactSeparator: String
    /// The smallest titles, one per title, for a row too narrow for the compact ones; the
    /// selected title stays compact. `nil` for none.
    public var smallestTitles: [String]?

    /// Creates a tab bar.
    public init(titles: [String], selected: Int, style: Style = .plain, selectedStyle: Style, separator: String = " │ ",
                compactTitles: [String]? = nil, compactSeparator: String = "│", smallestTitles: [String]? = nil) {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.selectedStyle = selectedStyle
        self.separator = separator
        self.compactTitles = compactTitles?.count == titles.count ? compactTitles : nil
        self.compactSeparator = compactSeparator
        self.smallestTitles = smallestTitles?.count == titles.count ? smallestTitles : nil
    }

    /// The titles and separator drawn in `width` columns: the full ones when they fit, else
    /// the compact ones.
    private func shown(width available: Int) -> (titles: [String], separator: String) {
        guard let compactTitles, Self.width(of: titles, separator: separator) > available else { return (titles, separator) }
        guard let smallestTitles, Self.width(of: compactTitles, separator: compactSeparator) > available,
              compactTitles.indices.contains(selected) else { return (compactTitles, compactSeparator) }
        // The tabs farthest from the selected one give up their titles first (the right ones
        // before the left at the same distance), only as many as needed.
        var shown = compactTitles
        let order = shown.indices.filter { $0 != selected }.sorted { (abs($0 - selected), $0) > (abs($1 - selected), $1) }
        for index in order where Self.width(of: shown, separator: compactSeparator) > available {
            shown[index] = smallestTitles[index]
        }
        return (shown, compactSeparator)
    }

    private static func width(of titles: [String], separator: String) -> Int {
        titles.reduce(0) { $0 + DisplayWidth.of($1) } + DisplayWidth.of(separator) * max(0, titles.count - 1)
    }

    /// The first title shown in `width` columns: the first ones are left out until the
    /// selected title fits.
    private func firstShown(_ titles: [String], separator: String, width available: Int) -> Int {
        let selected = min(max(0, selected), titles.count - 1)
        var first = 0
        while first < selected && Self.width(of: Array(titles[first...selected]), separator: separator) > available { first += 1 }
        return first
    }

    /// The index of the title drawn at column `x` of `area` (for a mouse click), if any.
    public func title(atColumn x: Int, in area: Rect) -> Int? {
        guard !titles.isEmpty, x >= area.x, x < area.maxX else { return nil }
        let (titles, separator) = shown(width: area.width)
        var start = area.x
        for index in firstShown(titles, separator: separator, width: area.width)..<titles.count {
            let end = start + DisplayWidth.of(titles[index])
            if x >= start && x < end { return index }
            start = end + DisplayWidth.of(separator)
        }
        return nil
    }

    /// Draws the titles in the first row of `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: style)
        guard !titles.isEmpty else { return }
        let (titles, separator) = shown(width: area.width)
        let selected = min(max(0, selected), titles.count - 1)
        let first = firstShown(titles, separator: separator, width: area.width)
        var x = area.x
        for index in first..<titles.count {
            guard x < area.maxX else { break }
            if index > first { x += buffer.write(separator, x: x, y: area.y, style: style, maxWidth: area.maxX - x) }
            let room = area.maxX - x
            let title = DisplayWidth.truncate(titles[index], to: room)
            x += buffer.write(title, x: x, y: area.y, style: index == selected ? selectedStyle : style, maxWidth: room)
        }
    }
}
