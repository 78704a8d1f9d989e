import ArgumentParser

/// The readers `werkbank-bench fuzz` drives, each through WerkbankExchange's public API.
enum FuzzReader: String, CaseIterable, ExpressibleByArgument {
    /// TOML text: the shared entry (`TOMLText`), `ConfigFile.load` and `ThemeLoader.load`.
    case toml
    /// A case folder (`CaseFolderLoader.load`) with one of its files mutated.
    case casefolder
    /// `TranscriptReader.read` of .txt, .md, .vtt, .srt and .docx bytes.
    case transcript
    /// `RefiQDAReader.read` of .qdpx archives.
    case refi

    /// Tokens worth inserting whole: the syntax each reader's formats are made of.
    var dictionary: [String] {
        switch self {
        case .toml, .casefolder:
            ["[", "[[", "]]", "]", "=", ".", "\"", "'", "\"\"\"", "'''", "\\u0000", "\\U0010FFFF", "\\", "#", "{", "}", ",",
             "\n", "\r\n", "\r", "\t", "+++", "1979-05-27T07:32:00Z", "9223372036854775807", "-0", "inf", "nan", "0x", "é",
             "start = ", "end = ", "[[coding]]", "[respondents]", "\u{FEFF}", "\u{0}"]
        case .transcript:
            ["\n", "\r\n", "\r", ":", "**", "[", "]", "-->", "00:00:01.000 --> 00:00:02.000", "WEBVTT\n\n", "1\n", "<v S1>", "</v>",
             "<w:p>", "</w:p>", "<w:t>", "</w:t>", "&amp;", "&#0;", "&#x10FFFF;", "<!ENTITY e \"x\">", "<![CDATA[", "]]>",
             "\u{FEFF}", "\u{0}", "é", "👩‍👩‍👧", "\u{301}"]
        case .refi:
            ["<", ">", "/>", "\"", "=", "&amp;", "&#0;", "<![CDATA[", "]]>", "<!ENTITY e \"x\">", "guid=\"", "startPosition=\"",
             "endPosition=\"", "-1", "99999999999", "plainTextPath=\"", "internal://", "<Code ", "</Code>", "\u{0}", "é"]
        }
    }
}
