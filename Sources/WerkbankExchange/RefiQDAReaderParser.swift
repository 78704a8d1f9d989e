import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a `project.qde` the importer uses, as written.
struct RefiQDADocument {
    struct Code {
        var guid: String
        var name: String
        var colour: String?
        var description: String
        var parentGUID: String?
        var isCodable = true
        var noteGUIDs: [String] = []
    }
    struct CodingRef {
        var codeGUID: String?
        var userGUID: String?
        var created: String?
    }
    struct Selection {
        var guid: String
        var start: String?
        var end: String?
        var codings: [CodingRef] = []
        var noteGUIDs: [String] = []
        var modified: String?
    }
    struct TextSource {
        var guid: String
        var name: String
        var plainTextPath: String?
        var inlineText: String?
        var selections: [Selection] = []
        var otherSelections = 0
        var description = ""
        var noteGUIDs: [String] = []
        /// Values by variable name.
        var variables: [String: String] = [:]
        /// Values by variable GUID, in document order.
        var variableValues: [(guid: String, text: String)] = []
    }
    struct CaseEntry {
        var guid: String
        var name: String
        var sourceGUIDs: [String] = []
        var description = ""
        /// Values by variable name.
        var variables: [String: String] = [:]
        /// Values by variable GUID, in document order.
        var variableValues: [(guid: String, text: String)] = []
    }

    var origin = ""
    var name = ""
    var users: [String: String] = [:]
    var userOrder: [String] = []
    var codes: [Code] = []
    var cases: [CaseEntry] = []
    var sources: [TextSource] = []
    var notes: [String: String] = [:]
    /// Notes' descriptions by GUID (Werkbank keeps its findings' records there), and the
    /// notes' GUIDs in document order.
    var noteDescriptions: [String: String] = [:]
    var noteOrder: [String] = []
    /// Variable names, types (`typeOfVariable`) and descriptions by GUID, and the GUIDs in
    /// document order.
    var variableNames: [String: String] = [:]
    var variableTypes: [String: String] = [:]
    var variableDescriptions: [String: String] = [:]
    var variableOrder: [String] = []
    /// Links from one object to another (a case memo is a link from a note to its case).
    var links: [(origin: String, target: String)] = []
    /// Things not brought in: "3 PictureSource", "Sets".
    var skipped: [String] = []
}

/// Reads a `project.qde` with `XMLParser`, no external entities resolved.
final class RefiQDAReaderParser: NSObject, XMLParserDelegate {
    private var document = RefiQDADocument()
    private var stack: [String] = []
    private var text = ""
    private var codeStack: [Int] = []
    private var currentSource: RefiQDADocument.TextSource?
    private var currentSelection: RefiQDADocument.Selection?
    private var currentCase: RefiQDADocument.CaseEntry?
    private var currentNoteGUID: String?
    /// The variable of the `VariableValue` being read.
    private var currentVariableGUID: String?
    private var skippedCounts: [String: Int] = [:]
    private var skippedOrder: [String] = []

    static let otherSources: Set<String> = ["PictureSource", "PDFSource", "AudioSource", "VideoSource"]
    static let known: Set<String> = [
        "Project", "Users", "User", "CodeBook", "Codes", "Code", "Description", "Cases", "Case", "SourceRef", "CodeRef",
        "Sources", "TextSource", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef", "Notes", "Note",
        "Variables", "Variable", "VariableValue", "VariableRef", "Links", "Link",
        "TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue",
    ]
    static let valueElements: Set<String> = ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"]

    /// The deepest code tree read: codes nested deeper are refused, so that nothing later
    /// (the export's writer, the matrix's rows) walks an unbounded chain.
    static let maximumCodeDepth = 100

    static func parse(_ data: Data, name: String, archivePath: String) throws(RefiQDAReaderError) -> RefiQDADocument {
        if let problem = XMLBytes.problem(in: data) {
            throw RefiQDAReaderError(path: archivePath, reason: "'\(name)' \(problem.message) at line \(problem.line)")
        }
        // In chunks: libxml2 refuses one chunk over 10 MB ("huge input lookup"), which is what
        // `XMLParser(data:)` hands it.
        do {
            return try run(InputStream(data: data), with: RefiQDAReaderParser(), name: name, archivePath: archivePath)
        } catch let error as RefiQDAReaderError {
            throw error
        } catch {
            // Only a source handler throws other errors, and there is none here.
            throw RefiQDAReaderError(path: archivePath, reason: "'\(name)' could not be read: \(error)")
        }
    }

    /// Parses a `project.qde` read from `stream` (decision 60), handing each text source to
    /// `handler` as it ends, with the document read so far rather than keeping it: the document returned holds the sources
    /// without their selections or inline text. Users, codes, variables and cases must come
    /// before the first source, as the REFI-QDA schema orders them; where they do not,
    /// ``OutOfOrder`` is thrown (the caller reads the file whole instead). An error thrown by
    /// `handler` stops the parse and is rethrown.
    static func parse(stream: InputStream, name: String, archivePath: String,
                      handler: @escaping (RefiQDADocument.TextSource, _ head: RefiQDADocument) throws -> Void) throws -> RefiQDADocument {
        let delegate = RefiQDAReaderParser()
        delegate.sourceHandler = handler
        return try run(stream, with: delegate, name: name, archivePath: archivePath)
    }

    /// Parses `stream` with `delegate`: the document, or why not (a handler's own error as it is).
    private static func run(_ stream: InputStream, with delegate: RefiQDAReaderParser, name: String,
                            archivePath: String) throws -> RefiQDADocument {
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        guard parser.parse() else {
            if let failure = delegate.handlerFailure { throw failure }
            if let refusal = delegate.refusal {
                throw RefiQDAReaderError(path: archivePath, reason: "'\(name)' \(refusal) at line \(parser.lineNumber)")
            }
            let error = parser.parserError.map { "\($0.localizedDescription) (code \(($0 as NSError).code))" } ?? "unknown error"
            throw RefiQDAReaderError(path: archivePath,
                                     reason: "'\(name)' is not well-formed XML at line \(parser.lineNumber): \(error)")
        }
        if let failure = delegate.handlerFailure { throw failure }
        guard delegate.stack.isEmpty, delegate.sawProject else {
            throw RefiQDAReaderError(path: archivePath, reason: "'\(name)' holds no REFI-QDA Project or CodeBook element")
        }
        var document = delegate.document
        document.skipped = delegate.skippedOrder.map { key in
            let count = delegate.skippedCounts[key] ?? 0
            return count == 1 ? key : "\(count) × \(key)"
        }
        return document
    }

    /// A `project.qde` whose users, codes, variables or cases come after its first source.
    struct OutOfOrder: Error {}

    /// Where sources go when the document is streamed; `nil` keeps them in the document.
    private var sourceHandler: ((RefiQDADocument.TextSource, RefiQDADocument) throws -> Void)?
    private var handedSources = false
    private var handlerFailure: Error?

    private var sawProject = false
    /// Why parsing was stopped, when the file is well-formed but refused.
    private var refusal: String?

    private func skip(_ what: String) {
        if skippedCounts[what] == nil { skippedOrder.append(what) }
        skippedCounts[what, default: 0] += 1
    }

    /// Whether an ancestor is an element the importer does not read.
    private var insideSkipped = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let name = elementName
        let parent = stack.last
        stack.append(name)
        text = ""
        if insideSkipped > 0 { insideSkipped += 1; return }
        if handedSources, ["User", "Code", "Case", "Variable"].contains(name) {
            handlerFailure = OutOfOrder()
            parser.abortParsing()
            return
        }
        switch name {
        case "CodeBook" where parent == nil:
            // A `.qdc` file: a codebook on its own.
            sawProject = true
            document.origin = attributes["origin"] ?? ""
        case "Project":
            sawProject = true
            document.origin = attributes["origin"] ?? ""
            document.name = attributes["name"] ?? ""
        case "User":
            let guid = RefiQDAReader.normalisedGUID(attributes["guid"] ?? "")
            document.users[guid] = attributes["name"] ?? guid
            document.userOrder.append(guid)
        case "Code" where parent == "Codes" || parent == "Code":
            guard codeStack.count < Self.maximumCodeDepth else {
                refusal = "nests codes more than \(Self.maximumCodeDepth) levels deep"
                parser.abortParsing()
                return
            }
            let parentGUID = codeStack.last.map { document.codes[$0].guid }
            document.codes.append(.init(guid: RefiQDAReader.normalisedGUID(attributes["guid"] ?? ""),
                                        name: attributes["name"] ?? "", colour: attributes["color"], description: "",
                                        parentGUID: parentGUID, isCodable: attributes["isCodable"]?.lowercased() != "false"))
            codeStack.append(document.codes.count - 1)
        case "Case" where parent == "Cases":
            currentCase = .init(guid: RefiQDAReader.normalisedGUID(attributes["guid"] ?? ""), name: attributes["name"] ?? "")
        case "SourceRef" where currentCase != nil:
            currentCase?.sourceGUIDs.append(RefiQDAReader.normalisedGUID(attributes["targetGUID"] ?? ""))
        case "TextSource":
            currentSource = .init(guid: RefiQDAReader.normalisedGUID(attributes["guid"] ?? ""), name: attributes["name"] ?? "",
                                  plainTextPath: attributes["plainTextPath"])
        case "PlainTextSelection" where currentSource != nil:
            currentSelection = .init(guid: RefiQDAReader.normalisedGUID(attributes["guid"] ?? ""),
                                     start: attributes["startPosition"], end: attributes["endPosition"],
                                     modified: attributes["modifiedDateTime"])
        case "Coding" where currentSelection != nil:
            currentSelection?.codings.append(.init(codeGUID: nil, userGUID: attributes["creatingUser"].map(RefiQDAReader.normalisedGUID),
                                                   created: attributes["creationDateTime"]))
        case "CodeRef" where currentSelection != nil && parent == "Coding":
            if let count = currentSelection?.codings.count, count > 0 {
                currentSelection?.codings[count - 1].codeGUID = RefiQDAReader.normalisedGUID(attributes["targetGUID"] ?? "")
            }
        case "NoteRef" where currentSelection != nil:
            currentSelection?.noteGUIDs.append(RefiQDAReader.normalisedGUID(attributes["targetGUID"] ?? ""))
        case "NoteRef" where parent == "TextSource" && currentSource != nil:
            currentSource?.noteGUIDs.append(RefiQDAReader.normalisedGUID(attributes["targetGUID"] ?? ""))
        case "NoteRef" where parent == "Code" && !codeStack.isEmpty:
            document.codes[codeStack.last!].noteGUIDs.append(RefiQDAReader.normalisedGUID(attributes["targetGUID"] ?? ""))
        case "Variable" where parent == "Variables":
            let guid = RefiQDAReader.normalisedGUID(attributes["guid"] ?? "")
            document.variableNames[guid] = attributes["name"] ?? ""
            document.variableTypes[guid] = attributes["typeOfVariable"] ?? "Text"
            document.variableOrder.append(guid)
        case "VariableRef" where parent == "VariableValue":
            currentVariableGUID = RefiQDAReader.normalisedGUID(attributes["targetGUID"] ?? "")
        case "Link" where parent == "Links":
            if let origin = attributes["originGUID"], let target = attributes["targetGUID"] {
                document.links.append((RefiQDAReader.normalisedGUID(origin), RefiQDAReader.normalisedGUID(target)))
            }
        case "Note" where parent == "Notes":
            currentNoteGUID = RefiQDAReader.normalisedGUID(attributes["guid"] ?? "")
            document.noteOrder.append(currentNoteGUID!)
        case _ where Self.otherSources.contains(name):
            skip("\(name) (only text sources are imported)")
            insideSkipped = 1
        case _ where currentSource != nil && currentSelection == nil && name.hasSuffix("Selection"):
            skip("\(name) (only plain-text selections are imported)")
            insideSkipped = 1
        case _ where Self.known.contains(name):
            break
        default:
            skip("<\(name)> element")
            insideSkipped = 1
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let name = stack.removeLast()
        let parent = stack.last
        if insideSkipped > 0 { insideSkipped -= 1; text = ""; return }
        switch name {
        case "Code" where !codeStack.isEmpty && (parent == "Codes" || parent == "Code"):
            codeStack.removeLast()
        case "Description" where parent == "Code":
            if let index = codeStack.last { document.codes[index].description = text }
        case "Description" where parent == "Case":
            currentCase?.description = text
        case "Description" where parent == "TextSource":
            currentSource?.description = text
        case "Description" where parent == "Variable":
            if let guid = document.variableOrder.last { document.variableDescriptions[guid] = text }
        case _ where Self.valueElements.contains(name) && parent == "VariableValue":
            if let guid = currentVariableGUID, let variable = document.variableNames[guid] {
                if currentSelection == nil, currentSource != nil {
                    currentSource?.variables[variable] = text
                    currentSource?.variableValues.append((guid, text))
                } else if currentCase != nil {
                    currentCase?.variables[variable] = text
                    currentCase?.variableValues.append((guid, text))
                }
            }
        case "VariableValue":
            currentVariableGUID = nil
        case "Case" where currentCase != nil:
            document.cases.append(currentCase!)
            currentCase = nil
        case "PlainTextContent" where parent == "TextSource":
            currentSource?.inlineText = text
        case "Description" where parent == "Note":
            if let guid = currentNoteGUID { document.noteDescriptions[guid] = text }
        case "PlainTextContent" where parent == "Note":
            if let guid = currentNoteGUID { document.notes[guid] = text }
        case "Note" where parent == "Notes":
            currentNoteGUID = nil
        case "PlainTextSelection" where currentSelection != nil:
            currentSource?.selections.append(currentSelection!)
            currentSelection = nil
        case "TextSource" where currentSource != nil:
            if let sourceHandler, handlerFailure == nil {
                handedSources = true
                do {
                    try sourceHandler(currentSource!, document)
                } catch {
                    handlerFailure = error
                    parser.abortParsing()
                }
                currentSource!.selections = []
                currentSource!.inlineText = nil
            }
            document.sources.append(currentSource!)
            currentSource = nil
        default:
            break
        }
        text = ""
    }
}
