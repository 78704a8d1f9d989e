extension ThemeLoader {
    /// One theme from a file and the files it inherits from (`chain`, the named file first):
    /// palettes, scopes and codes of later files in the chain are overridden by earlier ones,
    /// then every colour is resolved against the merged palette.
    func merge(_ chain: [ThemeFile], name: String) throws(ThemeError) -> Theme {
        var palette: [String: Color] = [:]
        var entries: [String: ThemeFile.ScopeEntry] = [:]
        var codeValues: [String: ThemeColourValue] = [:]
        for file in chain.reversed() {
            palette.merge(file.palette) { $1 }
            entries.merge(file.scopes) { $1 }
            codeValues.merge(file.codes) { $1 }
        }
        var problems: [ThemeError] = []
        func resolve(_ value: ThemeColourValue?) -> Color? {
            guard let value else { return nil }
            switch value.resolve(palette: palette) {
            case .success(let colour): return colour
            case .failure(let error):
                problems.append(error)
                return nil
            }
        }
        var scopes: [String: StyleSpec] = [:]
        for (scope, entry) in entries {
            scopes[scope] = StyleSpec(foreground: resolve(entry.foreground), background: resolve(entry.background),
                                      attributes: entry.attributes)
        }
        var codes: [String: Color] = [:]
        for (short, value) in codeValues {
            codes[short] = resolve(value)
        }
        // Report the named file's problems first, then its parents', each by line.
        let order = Dictionary(chain.enumerated().map { ($1.file, $0) }) { first, _ in first }
        if let first = problems.min(by: { lhs, rhs in
            let (left, right) = (order[lhs.file] ?? 0, order[rhs.file] ?? 0)
            return left != right ? left < right : ThemeError.isBefore(lhs, rhs)
        }) {
            throw first
        }
        return Theme(name: name, scopes: scopes, codeColours: codes)
    }
}
