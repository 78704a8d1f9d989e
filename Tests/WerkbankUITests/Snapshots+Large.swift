// Screens at 120×40.

let largeSnapshots: [String: String] = [
    "case-findings-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                                                              │
        │                                                                                                                      │
        │██ LOS  Lerend en Onderzoekend Samenwerken  47 fragments, 13 respondents                                              │
        │   P1 (Professionals): “Ja. Ik ben fysiotherapeut en werkbegeleider, en ik denk dat ik in de afgelopen twee jaar      │
        │     meer geleerd heb dan in de tien jaar daarvoor. Door de klinische lesse…”                                         │
        │   O3 (Ondersteuners): “Als coördinator organiseer ik de klinische lessen en de intervisie, en het uitgangspunt       │
        │     is echt: scholing voor iedereen. Er is niet een programma voor studente…”                                        │
        │   P2 (Professionals): “En wat voor mij als ergotherapeut het grootste verschil is: de samenwerking tussen fysio      │
        │     en ergo. Vroeger zaten we echt in eigen hokjes. Nu zie je studenten di…”                                         │
        │                                                                                                                      │
        │██ GOC  Grensoverstijgende en Ontwikkelingsgerichte Cultuur  32 fragments, 13 respondents                             │
        │   P2 (Professionals): “De studenten trekken ons eigenlijk mee.”                                                      │
        │   O4 (Ondersteuners): “Ik ben praktijkopleider van het centrum. Ik denk dat we het hier zo hebben ingericht dat      │
        │     mensen eigenlijk niet anders kunnen dan meedoen. De klinische les staa…”                                         │
        │   P3 (Professionals): “Ja, en dan is het niet meer iets van de werkplaats. Het is de cultuur van het hele            │
        │     revalidatiecentrum. Als je hier komt werken, weet je dat je studenten krijgt…”                                   │
        │                                                                                                                      │
        │██ LeA  Leiderschap en Autonomie  25 fragments, 10 respondents                                                        │
        │   P2 (Professionals): “Ik heb veel vrijheid. Ik kan zelf beslissen welke student welke revalidant krijgt, en hoe     │
        │     ik de begeleiding inricht. Niemand die daar overheen gaat. En dat gel…”                                          │
        │   O3 (Ondersteuners): “En iedereen is verantwoordelijk voor zijn eigen leerdoelen. Dat is het uitgangspunt. Maar     │
        │     eerlijk gezegd zie je dat vooral bij studenten goed werken. Die zijn …”                                          │
        │   P3 (Professionals): “Wat ik van leiderschap merk: de manager is heel zichtbaar, maar niet sturend op de            │
        │     inhoud. Ze zegt: jullie zijn de professionals, jullie weten het. Dat geeft v…”                                   │
        │                                                                                                                      │
        │██ VMM  Vrijmaken Mensen en Middelen  24 fragments, 8 respondents                                                     │
        │   O4 (Ondersteuners): “Daar zijn we eigenlijk best goed in, denk ik. Het centrum zoekt ook zelf naar geld. We        │
        │     hebben KIPZ-gelden binnengehaald, en daarmee betalen we onder andere de …”                                       │
        │   O3 (Ondersteuners): “En we hebben voor alle rollen een beschrijving gemaakt. Wat doet een werkbegeleider, wat      │
        │     doet een docent op locatie, wat doet een coördinator, wat mag je van e…”                                         │
        │   P1 (Professionals): “Ja, ik heb twee uur per week voor werkbegeleiding, officieel. In de praktijk is het soms      │
        │     meer. Maar het is er tenminste.”                                                                                 │
        │                                                                                                                      │
        │██ VOR  Vormgeven en Onderhouden van Relaties  26 fragments, 10 respondents                                           │
        │   P3 (Professionals): “Iedereen is hier eigenlijk ambassadeur. Ik zit in de stuurgroep, maar ik merk dat het         │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                                                             ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "case-overview-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                                                              │
        │                                                                                                                      │
        │Case: 2 · Revalidatie 1                                                                                               │
        │In the respondent table: Zorg 1                                                                                       │
        │Sector: Revalidatie                                                                                                   │
        │Institutions:                                                                                                         │
        │  • Fontys Paramedische Hogeschool                                                                                    │
        │  • Hogeschool Zuyd Ergotherapie                                                                                      │
        │Respondents 28  Sources 5  Fragments 210                                                                              │
        │                                                                                                                      │
        │Een professionele werkplaats in een revalidatiecentrum waar studenten fysiotherapie en ergotherapie van twee          │
        │hogescholen samen met professionals en cliënten leren, werken en onderzoek doen.                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                                                             ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "case-respondents-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                                                              │
        │                                                                                                                      │
        │ Casestudies    Zorg 1                                                                                                │
        │ Studenten           7                                                                                                │
        │ Ondersteuners       9                                                                                                │
        │ Professionals       4                                                                                                │
        │ Management          1                                                                                                │
        │ Cliënten            7                                                                                                │
        │ ─────────────────────                                                                                                │
        │ Totaal             28                                                                                                │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                                                             ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "case-sources-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                                                              │
        │                                                                                                                      │
        │Source                                                           Kind         Date        Participants  Words  Codings│
        │Observatie van een klinische les over valangst na een CVA        observation  2023-02-28  O1 O3 P1 P2…    782       32│
        │Interview met de manager behandelzaken                           interview    2023-03-07  M1             1086       37│
        │Focusgroep met studenten fysiotherapie en ergotherapie           focus group  2023-03-14  S1 S2 S3 S4…   1181       48│
        │Focusgroep met docenten, coördinator, praktijkopleider en beha…  focus group  2023-03-21  O1 O2 O3 O4…   1132       55│
        │Korte focusgroep met revalidanten                                focus group  2023-03-28  C1 C2 C3        890       38│
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                                                             ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "cases-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Cases ──────────────────────────────────────────────┐┌ Jeugdzorg (Jeugdgezondheid) ──────────────────────────────────┐
        │#  Case           Table label      Resp.  Src.  Frag.││Case: 1 · Jeugdzorg                                            │
        │1  Jeugdzorg      Jeugdgezondheid      9     4    119││In the respondent table: Jeugdgezondheid                       │
        │2  Revalidatie 1  Zorg 1              28     5    210││Sector: Jeugdzorg en jeugdgezondheid                           │
        │3  Sociale zorg   Sociale studies     20     4    103││Institutions:                                                  │
        │4  Revalidatie 2  Zorg 2              18     4    121││  • Fontys Hogeschool Pedagogiek                               │
        │                                                     ││Respondents 9  Sources 4  Fragments 119                        │
        │                                                     ││                                                               │
        │                                                     ││Een professionele werkplaats in de jeugdgezondheidszorg waar   │
        │                                                     ││studenten pedagogiek meewerken en onderzoek doen naast         │
        │                                                     ││professionals, met ondersteuning van docenten vanuit de        │
        │                                                     ││hogeschool.                                                    │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        │                                                     ││                                                               │
        └─────────────────────────────────────────────────────┘└───────────────────────────────────────────────────────────────┘
         CASES  sample.werkbank · coder Anouk                                                                            ? help
         ↑↓ move  Enter open  Tab pane  1-8 f 9 screens  : command  ? help  q quit
        """,
    "help-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Keys ────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
        │ Everywhere                                                                                                           │
        │ ↑ k             Move up                                                                                              │
        │ ↓ j             Move down                                                                                            │
        │ PgUp Ctrl-B     Page up                                                                                              │
        │ PgDn Ctrl-F     Page down                                                                                            │
        │ Home g          Go to the top                                                                                        │
        │ End G           Go to the bottom                                                                                     │
        │ u               Undo your own last edit                                                                              │
        │ Ctrl-R          Redo your own edit undone last                                                                       │
        │ Esc             Back to the previous screen                                                                          │
        │ 1               Cases                                                                                                │
        │ 2               The selected case                                                                                    │
        │ 3               Respondents (all cases)                                                                              │
        │ 4               Model and codebook                                                                                   │
        │ 5               Help                                                                                                 │
        │ 6               Matrix: codes × cases or roles                                                                       │
        │ 7               Disagreements between two coders (:disagreements A B)                                                │
        │ 8               Agreement and co-occurrence                                                                          │
        │ f               Fragments of a code (filter with :filter)                                                            │
        │ 9               Synthesis: judgements and findings per element and case, conclusions                                 │
        │ M               Memos: every memo of every kind, and free memos (:memos)                                             │
        │ P               Practice: your feedback against the consensus (practising), or every student's                       │
        │                 agreement per element (teacher)                                                                      │
        │ :               Command line (:case 2, :theme light, :lang nl, :q)                                                   │
        │ ?               Help for this screen                                                                                 │
        │ q               Back; quit on the Cases screen                                                                       │
        │ Ctrl-C          Quit                                                                                                 │
        │ Ctrl-L          Read the project again and redraw the screen                                                         │
        │ Ctrl-Z          Suspend: back to the shell (fg returns)                                                              │
        │ /               Search the whole project: hits as keyword in context, coded from there                               │
        │ F               Find in this screen's list or text (diacritics do not matter)                                        │
        │ n               Next match                                                                                           │
        │ N               Previous match                                                                                       │
        │                                                                                                                      │
        │ Commands (type : first; Tab completes)                                                                               │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         HELP  sample.werkbank · coder Anouk                                                                             ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "model-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Model ───────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
        │ Aanleiding voor samenwerking (occasion for collaboration)                                                            │
        │ ██ AAN-VRAAG  Complexe(re) maatschappelijke vraagstukken — more complex societal issues                              │
        │ ██ AAN-KANS  Ontstaan en zien van kansen en mogelijkheden — opportunities arising and being seen                     │
        │ ██ AAN-URG  Urgentiebesef — sense of urgency                                                                         │
        │                                                                                                                      │
        │ Elementen van lerend en onderzoekend samenwerken (the six elements of the model)                                     │
        │ ██ LOS  Lerend en Onderzoekend Samenwerken — learning and inquiry-based collaboration                                │
        │    Het primaire proces van de professionele werkplaats: iedereen is lerende; betrokkenen leren van en met elkaar,    │
        │    van en tijdens het werk.                                                                                          │
        │    What                                                                                                              │
        │      • Staat centraal: het “primaire proces” van PW                                                                  │
        │      • Continu en wederkerig delen door alle betrokkenen van (leer)doelen, kennis en ervaringen                      │
        │      • Elkaar constructief-kritisch bevragen, geven en ontvangen van feedback                                        │
        │    Goal                                                                                                              │
        │      • Professionalisering van betrokkenen en ontwikkeling van de dienstverlening                                    │
        │    Requirements                                                                                                      │
        │      • Ontwikkelingsgerichte cultuur met bijbehorend leiderschap                                                     │
        │      • Inzichten verwerven in elkaars praktijken (grenzen overstijgen)                                               │
        │      • Nieuwsgierig, kritisch-onderzoekende houding en reflexiviteit                                                 │
        │      • Diversiteit van en aan betrokkenen                                                                            │
        │ ██ GOC  Grensoverstijgende en Ontwikkelingsgerichte Cultuur — boundary-crossing, development-oriented culture        │
        │    Een cultuur die uitnodigt om grenzen te overstijgen en waarin men zich open durft op te stellen op alle           │
        │    betrokken niveaus.                                                                                                │
        │ ██ LeA  Leiderschap en Autonomie — leadership and autonomy                                                           │
        │    Passend leiderschap en de ruimte voor betrokkenen om zelf richting te geven aan hun leren en werk en              │
        │    beslissingen te nemen.                                                                                            │
        │ ██ VMM  Vrijmaken Mensen en Middelen — freeing up people and resources                                               │
        │    Tijd, mensen, geld en ruimte vrijmaken voor de werkplaats; de juiste mensen op de juiste plek.                    │
        │ ██ VOR  Vormgeven en Onderhouden van Relaties — shaping and maintaining relationships                                │
        │    Verbindingen aangaan en onderhouden, op alle lagen en tussen organisaties; anderen enthousiast maken.             │
        │ ██ SRI  Samen Richten en (her)Inrichten — jointly setting direction and (re)organising                               │
        │    Samen een visie en koers bepalen en de werkplaats daarop (opnieuw) inrichten, met draagvlak.                      │
        │                                                                                                                      │
        │ Kwaliteitsverbetering en ontwikkeling (quality improvement and development (outcomes))                               │
        │ ██ KWA-KENNIS  Kennisontwikkeling en innovatie van de beroepspraktijk — knowledge development and innovation of      │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         MODEL  sample.werkbank · coder Anouk                                                                            ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "respondents-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Respondenten ────────────────────────────────────────────────────────────────────────────────────────────────────────┐
        │ Casestudies    Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total                                               │
        │ Studenten                    2       7                9     6 *     24                                               │
        │ Ondersteuners                3       9                5       4     21                                               │
        │ Professionals                3       4                5       7     19                                               │
        │ Management                   1       1                1       1      4                                               │
        │ Cliënten                     -       7                -       -      7                                               │
        │ ──────────────────────────────────────────────────────────────────────                                               │
        │ Totaal                       9      28               20      18     75                                               │
        │                                                                                                                      │
        │ * 4 from last school year, 2 from current school year                                                                │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        │                                                                                                                      │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         RESPONDENTS  sample.werkbank · coder Anouk                                                                      ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
]
