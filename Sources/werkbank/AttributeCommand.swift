import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct AttributeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute",
        abstract: "Set, unset, list and declare typed attributes of participants, sources and cases.",
        discussion: """
            An attribute is declared once (in study.toml, or with `attribute declare`) on participants, sources or \
            cases, as text, a number, a date (YYYY-MM-DD) or a category with a fixed list of values. TARGET is read \
            as the attribute's declaration says: a case by name, folder or number; a source by id; a participant as \
            CASE/SPEAKER (zorg-2/S1). Every change is one undo step (`werkbank undo`). Attributes filter \
            `fragments`, `search` and `report matrix` (--where NAME=VALUE) and are the columns of \
            `report matrix --by NAME`.
            """,
        subcommands: [AttributeSetCommand.self, AttributeUnsetCommand.self, AttributeListCommand.self,
                      AttributeDeclareCommand.self, AttributeRemoveCommand.self])
}

struct AttributeSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set an attribute's value on a participant, source or case.")

    @Argument(help: ArgumentHelp("A case (name, folder or number), a source id, or a participant as CASE/SPEAKER.", valueName: "target"))
    var target: String
    @Argument(help: ArgumentHelp("The attribute's name.", valueName: "name"))
    var name: String
    @Argument(help: ArgumentHelp("The value: one of a category's values, a number, a date YYYY-MM-DD, or text.", valueName: "value"))
    var value: String

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        if project.mode == .writing { project.actingCoder = coder.name }
        let resolved = try resolveAttributeTarget(target, attribute: name, in: project)
        let set = try withProject { () throws(ProjectError) in try project.setAttribute(name, on: resolved, to: value) }
        print(ReportWriter.render(AttributeReport.values([set], title: "Attribute set"), as: output.format), terminator: "")
    }
}

struct AttributeUnsetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Take an attribute's value off a target.",
                                                    discussion: "Exits with 2 when the target had no value.")

    @Argument(help: ArgumentHelp("A case (name, folder or number), a source id, or a participant as CASE/SPEAKER.", valueName: "target"))
    var target: String
    @Argument(help: ArgumentHelp("The attribute's name.", valueName: "name"))
    var name: String

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        if project.mode == .writing { project.actingCoder = coder.name }
        let resolved = try resolveAttributeTarget(target, attribute: name, in: project)
        guard try withProject({ () throws(ProjectError) in try project.unsetAttribute(name, on: resolved) }) else {
            printError("werkbank: \(resolved.kind.rawValue) \(resolved.key) has no value for `\(name)`")
            throw ExitCodes.notFound
        }
        print("Unset \(name) on \(resolved.kind.rawValue) \(resolved.key).")
    }
}

struct AttributeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the values set, or the declarations.")

    @Option(name: .long, help: ArgumentHelp("Only this attribute's values.", valueName: "name"))
    var name: String?
    @Flag(name: .long, help: "List the declarations (name, target, kind, values) instead of the values.")
    var declarations = false

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        if declarations {
            let definitions = try withProject { () throws(ProjectError) in try project.attributeDefinitions() }
            print(ReportWriter.render(AttributeReport.definitions(definitions), as: output.format), terminator: "")
            return
        }
        let values = try withProject { () throws(ProjectError) in try project.attributeValues(attribute: name) }
        print(ReportWriter.render(AttributeReport.values(values, title: "Attributes"), as: output.format), terminator: "")
    }
}

struct AttributeDeclareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "declare",
        abstract: "Declare an attribute, or change its declaration (values set must still fit).")

    @Argument(help: ArgumentHelp("The attribute's name.", valueName: "name"))
    var name: String
    @Option(name: .long, help: ArgumentHelp("What it is set on: participant, source or case.", valueName: "target"))
    var on: AttributeTargetKind
    @Option(name: .long, help: ArgumentHelp("text, number, date or category.", valueName: "kind"))
    var kind: AttributeKind
    @Option(name: .long, help: ArgumentHelp("A category's values, in order, separated by `|` (hoog|middel|laag).", valueName: "values"))
    var values: String?
    @Option(name: .long, help: ArgumentHelp("What the attribute means.", valueName: "text"))
    var description: String = ""

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        if project.mode == .writing { project.actingCoder = coder.name }
        let list = values.map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) } ?? []
        let definition = AttributeDefinition(name: name, target: on, kind: kind, values: list, description: description)
        let declared = try withProject { () throws(ProjectError) in try project.declareAttribute(definition) }
        print(ReportWriter.render(AttributeReport.definitions([declared]), as: output.format), terminator: "")
    }
}

struct AttributeRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a declaration with every value set (undoable).")

    @Argument(help: ArgumentHelp("The attribute's name.", valueName: "name"))
    var name: String

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        if project.mode == .writing { project.actingCoder = coder.name }
        try withProject { () throws(ProjectError) in try project.removeAttribute(name) }
        print("Removed attribute \(name).")
    }
}

extension AttributeTargetKind: ExpressibleByArgument {}
extension AttributeKind: ExpressibleByArgument {}

/// The target named on the command line, read as the attribute's declaration says.
func resolveAttributeTarget(_ text: String, attribute: String, in project: Project) throws -> AttributeTarget {
    let definitions = try withProject { () throws(ProjectError) in try project.attributeDefinitions() }
    guard let definition = definitions.first(where: { $0.id == attribute.lowercased() }) else {
        let error = ProjectError.invalidAttribute(.unknownAttribute(attribute))
        printError("werkbank: \(error)")
        throw ExitCodes.forProjectError(error)
    }
    let study = try withProject { () throws(ProjectError) in try project.study() }
    switch definition.target {
    case .case:
        return .case(try resolveCase(text, in: study).id)
    case .source:
        return .source(text)
    case .participant:
        guard let slash = text.lastIndex(of: "/") else {
            throw ValidationError("`\(definition.name)` is set on participants: name one as CASE/SPEAKER, e.g. zorg-2/S1")
        }
        let found = try resolveCase(String(text[..<slash]), in: study)
        return .participant(caseID: found.id, speaker: String(text[text.index(after: slash)...]))
    }
}

/// Tables of attribute values and declarations.
enum AttributeReport {
    static func values(_ values: [AttributeAssignment], title: String) -> ReportTable {
        ReportTable(title: title,
                    columns: [.init("Attribute"), .init("On"), .init("Target"), .init("Value")],
                    rows: values.map { [.text($0.attribute), .text($0.target.kind.rawValue), .text($0.target.key), .text($0.value.text)] })
    }

    static func definitions(_ definitions: [AttributeDefinition]) -> ReportTable {
        ReportTable(title: "Attribute declarations",
                    columns: [.init("Attribute"), .init("On"), .init("Kind"), .init("Values"), .init("Description")],
                    rows: definitions.map { [.text($0.name), .text($0.target.rawValue), .text($0.kind.rawValue), .text($0.valueList),
                                             .text($0.description)] })
    }
}
