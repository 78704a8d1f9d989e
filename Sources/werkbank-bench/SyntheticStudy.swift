import WerkbankCore

/// The fixed frame of the synthetic study: the five roles, a codebook shaped like the real one,
/// the four cases with their published respondent counts, and two coders.
enum SyntheticStudy {
    static let roles = [
        Role(name: "Studenten", gloss: "students", speakerPrefix: "S"),
        Role(name: "Ondersteuners", gloss: "supporting staff", speakerPrefix: "O"),
        Role(name: "Professionals", gloss: "professionals", speakerPrefix: "P"),
        Role(name: "Management", gloss: "management", speakerPrefix: "M"),
        Role(name: "Cliënten", gloss: "clients", speakerPrefix: "C"),
    ]

    static let coders = [
        Coder(name: "Anouk", description: "synthetische codeur 1"),
        Coder(name: "Bram", description: "synthetische codeur 2"),
    ]

    static let codebook = Codebook(groups: [
        CodeGroup(id: "aanleiding", name: "Aanleiding voor samenwerking", gloss: "occasion for collaboration", codes: [
            code("AAN-VRAAG", "Complexe(re) maatschappelijke vraagstukken", "#7f7f7f", group: "aanleiding"),
            code("AAN-KANS", "Ontstaan en zien van kansen en mogelijkheden", "#8c8c8c", group: "aanleiding"),
            code("AAN-URG", "Urgentiebesef", "#999999", group: "aanleiding"),
        ]),
        CodeGroup(id: CodeGroup.elementsID, name: "Elementen van lerend en onderzoekend samenwerken",
                  gloss: "the six elements of the model", codes: [
            code("LOS", "Lerend en Onderzoekend Samenwerken", "#1f77b4", group: CodeGroup.elementsID),
            // A sub-code, so that fragments(codes: ["LOS"]) also walks the sub-code join.
            code("LOS-FEEDBACK", "Feedback geven en ontvangen", "#4f97c4", group: CodeGroup.elementsID, parent: "LOS"),
            code("GOC", "Grensoverstijgende en Ontwikkelingsgerichte Cultuur", "#ff7f0e", group: CodeGroup.elementsID),
            code("LeA", "Leiderschap en Autonomie", "#2ca02c", group: CodeGroup.elementsID),
            code("VMM", "Vrijmaken Mensen en Middelen", "#d62728", group: CodeGroup.elementsID),
            code("VOR", "Vormgeven en Onderhouden van Relaties", "#9467bd", group: CodeGroup.elementsID),
            code("SRI", "Samen Richten en (her)Inrichten", "#17becf", group: CodeGroup.elementsID),
        ]),
        CodeGroup(id: "kwaliteit", name: "Kwaliteitsverbetering en ontwikkeling", gloss: "quality improvement", codes: [
            code("KWA-KENNIS", "Kennisontwikkeling en innovatie van de beroepspraktijk", "#bcbd22", group: "kwaliteit"),
            code("KWA-PROF", "Transformatie van de professional", "#c5b0d5", group: "kwaliteit"),
            code("KWA-CURR", "Actuele en beroepsauthentieke curricula", "#aec7e8", group: "kwaliteit"),
            code("KWA-SAMEN", "Verbeterd (cross-sectoraal) samenwerken", "#98df8a", group: "kwaliteit"),
            code("KWA-VERB", "Nieuwe verbindingen", "#ffbb78", group: "kwaliteit"),
        ]),
    ])

    static let cases = [
        studyCase("jeugdzorg", 1, "Jeugdzorg", "Jeugdgezondheid", "Jeugdzorg en jeugdgezondheid",
                  ["Fontys Hogeschool Pedagogiek"], [2, 3, 3, 1, nil]),
        studyCase("revalidatie-1", 2, "Revalidatie 1", "Zorg 1", "Revalidatie",
                  ["Fontys Paramedische Hogeschool", "Hogeschool Zuyd Ergotherapie"], [7, 9, 4, 1, 7]),
        studyCase("sociale-zorg", 3, "Sociale zorg", "Sociale studies", "Sociale zorg en welzijn",
                  ["Fontys HRM en Psychologie"], [9, 5, 5, 1, nil]),
        studyCase("revalidatie-2", 4, "Revalidatie 2", "Zorg 2", "Revalidatie",
                  ["Fontys Paramedische Hogeschool", "Hogeschool Zuyd Ergotherapie"], [6, 4, 7, 1, nil]),
    ]

    /// The participants of a case: one per published respondent, `S1`, `S2`, … by role.
    static func participants(of studyCase: Case) -> [Participant] {
        roles.flatMap { role -> [Participant] in
            let count = studyCase.respondents(role.name).value ?? 0
            return (0..<count).map { Participant(id: "\(role.speakerPrefix)\($0 + 1)", role: role.name) }
        }
    }

    /// A participant attribute, so that the matrix by an attribute has the hardest axis (by
    /// speaker): of every four participants of a case, three have a value and one has none.
    static let betrokkenheid = AttributeDefinition(name: "betrokkenheid", target: .participant, kind: .category,
                                                   values: ["hoog", "middel", "laag"])

    static func betrokkenheidValues(_ cases: [Case]) -> [AttributeAssignment] {
        cases.flatMap { studyCase in
            participants(of: studyCase).enumerated().compactMap { index, participant in
                index % 4 == 3 ? nil : AttributeAssignment(attribute: betrokkenheid.name,
                    target: .participant(caseID: studyCase.id, speaker: participant.id),
                    value: .category(betrokkenheid.values[index % 4]))
            }
        }
    }

    private static func code(_ short: String, _ name: String, _ hex: String, group: String, parent: String? = nil) -> Code {
        Code(short: short, name: name, gloss: name, colour: RGBColour(hex: hex)!, parent: parent, groupID: group)
    }

    private static func studyCase(_ id: String, _ number: Int, _ name: String, _ label: String, _ sector: String,
                                  _ institutions: [String], _ counts: [Int?]) -> Case {
        var respondents: [String: RespondentCount] = [:]
        for (role, count) in zip(roles, counts) {
            respondents[role.name] = count.map { .count($0) } ?? .notPartOfCase
        }
        return Case(id: id, number: number, name: name, tableLabel: label, sector: sector, institutions: institutions,
                    description: "Synthetische casus voor de benchmark.", respondents: respondents)
    }
}
