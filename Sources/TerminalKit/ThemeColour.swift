/// A colour as a theme file writes it, before palette names are resolved.
struct ThemeColourValue: Hashable {
    enum Value: Hashable {
        case string(String)
        case integer(Int)
        /// Any other TOML type, by its name.
        case other(String)
    }

    var value: Value
    /// Where it stands, for errors.
    var file: String
    var line: Int?
    var key: String

    /// The colour this value names, with `palette` consulted first for names.
    func resolve(palette: [String: Color]) -> Result<Color, ThemeError> {
        switch value {
        case .string(let name):
            if let colour = palette[name] { return .success(colour) }
            if let colour = Self.literal(name) { return .success(colour) }
            if Self.isDigits(name) {
                return .failure(error("bad colour \"\(name)\": write an indexed colour as a number without quotes"))
            }
            let isName = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !isName {
                return .failure(error("bad colour \"\(name)\": \(Self.expected)"))
            }
            return .failure(error("unknown palette name `\(name)`: not in [palette] and not an ANSI colour name"))
        case .integer(let index):
            guard (0...255).contains(index) else {
                return .failure(error("bad colour \(index): an indexed colour is 0–255"))
            }
            return .success(.indexed(UInt8(index)))
        case .other(let type):
            return .failure(error("bad colour: expected a string or a number, not \(type)"))
        }
    }

    /// The colour of a palette entry, which may not name another palette entry.
    func resolveLiteral() -> Result<Color, ThemeError> {
        if case .string(let name) = value, Self.literal(name) == nil, !Self.isDigits(name) {
            return .failure(error("bad colour \"\(name)\": \(Self.expected)"))
        }
        return resolve(palette: [:])
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ("0"..."9").contains($0) }
    }

    private func error(_ message: String) -> ThemeError {
        ThemeError(file: file, line: line, key: key, message: message)
    }

    static let expected = "expected a palette name, an ANSI colour name, #rrggbb, a number 0–255, or \"default\""

    /// The ANSI colour names, in ANSI order (index 0–15), with the extra names for 8.
    static let ansiNames: [String: UInt8] = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var names: [String: UInt8] = [:]
        for (index, name) in base.enumerated() {
            names[name] = UInt8(index)
            names["light-" + name] = UInt8(index + 8)
        }
        names["gray"] = 8
        names["grey"] = 8
        return names
    }()

    /// A colour written without the palette: an ANSI name, `#rrggbb` or `default`.
    static func literal(_ text: String) -> Color? {
        if text == "default" || text == "reset" { return .default }
        if let index = ansiNames[text] { return .ansi(index) }
        guard text.hasPrefix("#"), text.count == 7 else { return nil }
        let digits = text.dropFirst()
        guard digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}
