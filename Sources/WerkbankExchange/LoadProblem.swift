/// One thing wrong with a file: where it is and what is wrong.
public struct LoadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the folder being loaded.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The field path (`group[2].code[1].short`), when the line is not known or to add detail.
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let field { location += ": \(field)" }
        return "\(location): \(message)"
    }
}

/// A folder that could not be loaded, with every problem found in it.
public struct CaseFolderError: Error, Sendable, CustomStringConvertible {
    public var folder: String
    public var problems: [LoadProblem]

    public init(folder: String, problems: [LoadProblem]) {
        self.folder = folder
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "\(folder): \(count)\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
