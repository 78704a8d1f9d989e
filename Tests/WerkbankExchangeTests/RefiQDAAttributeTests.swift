import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// Attributes in REFI-QDA: out as typed Variables with values on cases and sources, and back in,
/// also from other tools' schema-valid files.
@Suite struct RefiQDAAttributeTests {
    private static let realFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/refi-qda")

    private func read(_ project: RefiQDAProject) throws -> RefiQDAImport {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("attributes-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: url) }
        try RefiQDAArchive.write(project, to: url)
        return try RefiQDAReader.read(url)
    }

    @Test func caseAndSourceAttributesRoundTripTyped() throws {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        let source = study.sources[0].id
        study.attributes += [AttributeDefinition(name: "duur", target: .source, kind: .number, description: "Minuten."),
                             AttributeDefinition(name: "afgenomen", target: .source, kind: .date),
                             AttributeDefinition(name: "opmerking", target: .case, kind: .text)]
        study.attributeValues += [
            AttributeAssignment(attribute: "duur", target: .source(source), value: .number(47.5)),
            AttributeAssignment(attribute: "afgenomen", target: .source(source), value: .date("2023-03-14")),
            AttributeAssignment(attribute: "opmerking", target: .case(study.cases[0].id), value: .text("Cliënten <niet> betrokken & \"stil\"")),
        ]
        let exported = RefiQDAWriter.project(study: study)
        #expect(exported.xml.contains("typeOfVariable=\"Float\"") && exported.xml.contains("<FloatValue>47.5</FloatValue>"))
        #expect(exported.xml.contains("<DateValue>2023-03-14</DateValue>"))
        if let result = try xmllint(exported.xml, schema: "Project.xsd") {
            #expect(result.status == 0, "\(result.output)")
        }
        let back = try read(exported).study
        // REFI-QDA has no participants: their attributes stay in the project.
        let expected = study.attributes.filter { $0.target != .participant }
        #expect(back.attributes == expected)
        #expect(Set(back.attributeValues) == Set(study.attributeValues.filter { $0.target.kind != .participant }))
        #expect(back.attributes.first { $0.name == "instelling" }?.values == ["Fontys", "Fontys en Zuyd"])
    }

    @Test func aStudyWithoutAttributesWritesNoMoreVariablesThanBefore() throws {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        let with = RefiQDAWriter.project(study: study).xml
        study.attributes = []
        study.attributeValues = []
        let without = RefiQDAWriter.project(study: study).xml
        #expect(!without.contains("instelling") && with.contains("name=\"instelling\""))
        #expect(without.components(separatedBy: "<Variable ").count - 1 == RefiQDAWriter.variables.count)
    }

    /// A file as another tool might write it: typed Variables on cases and sources.
    static let otherTool = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Elders" origin="OtherTool 3.1">
          <Variables>
            <Variable guid="11111111-1111-4111-8111-111111111111" name="leeftijd" typeOfVariable="Integer"/>
            <Variable guid="22222222-2222-4222-8222-222222222222" name="member check" typeOfVariable="Boolean"><Description>Teruggekoppeld?</Description></Variable>
            <Variable guid="33333333-3333-4333-8333-333333333333" name="gesprek" typeOfVariable="DateTime"/>
            <Variable guid="44444444-4444-4444-8444-444444444444" name="score" typeOfVariable="Float"/>
            <Variable guid="55555555-5555-4555-8555-555555555555" name="regio" typeOfVariable="Text"/>
            <Variable guid="66666666-6666-4666-8666-666666666666" name="ronde" typeOfVariable="Date"/>
          </Variables>
          <Cases>
            <Case guid="aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa" name="Anna">
              <VariableValue><VariableRef targetGUID="11111111-1111-4111-8111-111111111111"/><IntegerValue>34</IntegerValue></VariableValue>
              <VariableValue><VariableRef targetGUID="22222222-2222-4222-8222-222222222222"/><BooleanValue>1</BooleanValue></VariableValue>
              <VariableValue><VariableRef targetGUID="33333333-3333-4333-8333-333333333333"/><DateTimeValue>2023-05-09T10:30:00Z</DateTimeValue></VariableValue>
              <VariableValue><VariableRef targetGUID="44444444-4444-4444-8444-444444444444"/><FloatValue>7.25</FloatValue></VariableValue>
              <VariableValue><VariableRef targetGUID="55555555-5555-4555-8555-555555555555"/><TextValue>Zuid-Limburg</TextValue></VariableValue>
              <SourceRef targetGUID="bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"/>
            </Case>
            <Case guid="cccccccc-cccc-4ccc-8ccc-cccccccccccc" name="Bert">
              <VariableValue><VariableRef targetGUID="22222222-2222-4222-8222-222222222222"/><BooleanValue>false</BooleanValue></VariableValue>
            </Case>
          </Cases>
          <Sources>
            <TextSource guid="bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb" name="Interview Anna">
              <PlainTextContent>Anna: we leren samen.</PlainTextContent>
              <VariableValue><VariableRef targetGUID="66666666-6666-4666-8666-666666666666"/><DateValue>2023-06-01</DateValue></VariableValue>
            </TextSource>
          </Sources>
        </Project>
        """

    @Test func typedVariablesOnCasesFromAnotherToolComeIn() throws {
        if let result = try xmllint(Self.otherTool, schema: "Project.xsd") {
            #expect(result.status == 0, "\(result.output)")
        }
        let imported = try read(RefiQDAProject(xml: Self.otherTool, files: [], problems: [], codingCount: 0))
        let study = imported.study
        #expect(study.attributes.map { "\($0.name):\($0.target.rawValue):\($0.kind.rawValue):\($0.valueList)" } == [
            "leeftijd:case:number:", "member check:case:category:true|false", "gesprek:case:date:", "score:case:number:",
            "regio:case:text:", "ronde:source:date:",
        ])
        #expect(study.attributes[1].description == "Teruggekoppeld?")
        let anna = try #require(study.cases.first { $0.name == "Anna" }).id
        let bert = try #require(study.cases.first { $0.name == "Bert" }).id
        let source = try #require(study.sources.first).id
        #expect(Set(study.attributeValues) == [
            AttributeAssignment(attribute: "leeftijd", target: .case(anna), value: .number(34)),
            AttributeAssignment(attribute: "member check", target: .case(anna), value: .category("true")),
            AttributeAssignment(attribute: "member check", target: .case(bert), value: .category("false")),
            AttributeAssignment(attribute: "gesprek", target: .case(anna), value: .date("2023-05-09")),
            AttributeAssignment(attribute: "score", target: .case(anna), value: .number(7.25)),
            AttributeAssignment(attribute: "regio", target: .case(anna), value: .text("Zuid-Limburg")),
            AttributeAssignment(attribute: "ronde", target: .source(source), value: .date("2023-06-01")),
        ])
    }

    @Test func theRealExportsCarryNoAttributes() throws {
        for file in ["qc-1.3.2-demo.qdpx", "nvivo-win-12.6-oltas0517.qdpx"] {
            let url = Self.realFolder.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let study = try RefiQDAReader.read(url).study
            #expect(study.attributes.isEmpty && study.attributeValues.isEmpty)
        }
    }
}
