// Screens at 80×24 (and smaller), in English and Dutch.

let smallSnapshots: [String: String] = [
    "analysis-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Analysis ────────────────────────────────────────────────────────────────────┐
        │Agreement │ Co-occurrence                                                     │
        │                                                                              │
        │ Agreement of Anouk and Bram by character, 11 sources                         │
        │                                                                              │
        │ Code                    a      b     c       d       N  Agreement  Kappa ▶   │
        │ AAN-VRAAG             151    453     0   62383   62987      0.993  0.398     │
        │ AAN-KANS              169   1096     0   61722   62987      0.983  0.232     │
        │ AAN-URG               166   1238    65   61518   62987      0.979  0.198     │
        │ LOS                  3256  11338   382   48011   62987      0.814  0.292     │
        │ GOC                  1917   7207   490   53373   62987      0.878  0.290     │
        │ LeA                  1598   5417   149   55823   62987      0.912  0.335     │
        │ VMM                  2451   6399   176   53961   62987      0.896  0.388     │
        │ VOR                  1513   5248   313   55913   62987      0.912  0.321     │
        │ SRI                  2158   5348   746   54735   62987      0.903  0.373     │
        │ KWA-KENNIS            319   1509   276   60883   62987      0.972  0.253     │
        │ KWA-PROF              671   1906   156   60254   62987      0.967  0.382     │
        │ KWA-CURR              454    587    42   61904   62987      0.990  0.586 ▼   │
        │ ────────────────────────────────────────────────────────────────────────     │
        │ All codes (pooled)  15136  50267  2859  813556  881818      0.940  0.342     │
        └──────────────────────────────────────────────────────────────────────────────┘
         ANALYSIS  sample.werkbank · coder Anouk                                 ? help
         ↑↓ move  ←→ column  Tab tab  t unit  o overlap/turn  Esc back  1-8 f 9 screens
        """,
    "case-findings-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                      │
        │                                                                              │
        │██ LOS  Lerend en Onderzoekend Samenwerken  47 fragments, 13 respondents      │
        │   P1 (Professionals): “Ja. Ik ben fysiotherapeut en werkbegeleider, en       │
        │     ik denk dat ik in de afgelopen twee jaar meer geleerd heb dan in de tien │
        │     jaar daarvoor. Door de klinische lesse…”                                 │
        │   O3 (Ondersteuners): “Als coördinator organiseer ik de klinische lessen     │
        │     en de intervisie, en het uitgangspunt is echt: scholing voor iedereen. Er│
        │     is niet een programma voor studente…”                                    │
        │   P2 (Professionals): “En wat voor mij als ergotherapeut het grootste        │
        │     verschil is: de samenwerking tussen fysio en ergo. Vroeger zaten we echt │
        │     in eigen hokjes. Nu zie je studenten di…”                                │
        │                                                                              │
        │██ GOC  Grensoverstijgende en Ontwikkelingsgerichte Cultuur  32 fragments,    │
        │   13 respondents                                                             │
        │   P2 (Professionals): “De studenten trekken ons eigenlijk mee.”              │
        │   O4 (Ondersteuners): “Ik ben praktijkopleider van het centrum. Ik denk      │
        │     dat we het hier zo hebben ingericht dat mensen eigenlijk niet anders     │
        │     kunnen dan meedoen. De klinische les staa…”                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command
        """,
    "case-overview-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                      │
        │                                                                              │
        │Case: 2 · Revalidatie 1                                                       │
        │In the respondent table: Zorg 1                                               │
        │Sector: Revalidatie                                                           │
        │Institutions:                                                                 │
        │  • Fontys Paramedische Hogeschool                                            │
        │  • Hogeschool Zuyd Ergotherapie                                              │
        │Respondents 28  Sources 5  Fragments 210                                      │
        │                                                                              │
        │Een professionele werkplaats in een revalidatiecentrum waar studenten         │
        │fysiotherapie en ergotherapie van twee hogescholen samen met professionals en │
        │cliënten leren, werken en onderzoek doen.                                     │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command
        """,
    "case-respondents-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                      │
        │                                                                              │
        │ Casestudies    Zorg 1                                                        │
        │ Studenten           7                                                        │
        │ Ondersteuners       9                                                        │
        │ Professionals       4                                                        │
        │ Management          1                                                        │
        │ Cliënten            7                                                        │
        │ ─────────────────────                                                        │
        │ Totaal             28                                                        │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command
        """,
    "case-sources-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ 2 · Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────┐
        │Overview │ Respondents │ Sources │ Findings │ Attributes                      │
        │                                                                              │
        │Source                   Kind         Date        Participants  Words  Codings│
        │Observatie van een kli…  observation  2023-02-28  O1 O3 P1 P2…    782       32│
        │Interview met de manag…  interview    2023-03-07  M1             1086       37│
        │Focusgroep met student…  focus group  2023-03-14  S1 S2 S3 S4…   1181       48│
        │Focusgroep met docente…  focus group  2023-03-21  O1 O2 O3 O4…   1132       55│
        │Korte focusgroep met r…  focus group  2023-03-28  C1 C2 C3        890       38│
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         CASE  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  ←→ tab  Enter open  u undo  Esc back  1-8 f 9 screens  : command
        """,
    "cases-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ Cases ───────────────────────────────────────────────────────────────────────┐
        │#  Case           Table label      Resp.  Src.  Frag.                         │
        │1  Jeugdzorg      Jeugdgezondheid      9     4    119                         │
        │2  Revalidatie 1  Zorg 1              28     5    210                         │
        │3  Sociale zorg   Sociale studies     20     4    103                         │
        │4  Revalidatie 2  Zorg 2              18     4    121                         │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Jeugdzorg (Jeugdgezondheid) ─────────────────────────────────────────────────┐
        │Case: 1 · Jeugdzorg                                                           │
        │In the respondent table: Jeugdgezondheid                                      │
        │Sector: Jeugdzorg en jeugdgezondheid                                          │
        │Institutions:                                                                 │
        │  • Fontys Hogeschool Pedagogiek                                              │
        │Respondents 9  Sources 4  Fragments 119                                       │
        │                                                                              │
        │Een professionele werkplaats in de jeugdgezondheidszorg waar studenten        │
        │pedagogiek meewerken en onderzoek doen naast professionals, met ondersteuning │
        │van docenten vanuit de hogeschool.                                            │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         CASES  sample.werkbank · coder Anouk                                    ? help
         ↑↓ move  Enter open  Tab pane  1-8 f 9 screens  : command  ? help  q quit
        """,
    "disagreements-80x24": """
        Cases│Case│Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Disagreements · Anouk / Bram → Consensus — 366 ──────────────────────────────┐
        │ SRI  jz-observatie-visiebijeenkomst  487..872                                │
        │   1 Anouk 487..872: “Opening. M1 opent de bijeenkomst met de opmerking dat d…│
        │   2 Bram: — did not code SRI here                                            │
        │                                                                              │
        │ SRI  jz-observatie-visiebijeenkomst  874..1400                               │
        │   1 Anouk 874..1400: “Verschillende beelden. Bij het ophangen van de post-it…│
        │   2 Bram: — did not code SRI here                                            │
        │                                                                              │
        │ VMM  jz-observatie-visiebijeenkomst  874..1400                               │
        │   1 Anouk 874..1400: “Verschillende beelden. Bij het ophangen van de post-it…│
        │   2 Bram: — did not code VMM here                                            │
        │                                                                              │
        │ AAN-KANS  jz-observatie-visiebijeenkomst  1402..2058                         │
        │   1 Anouk 1402..2058: “Terugblik op het begin. O1 vraagt de groep waarom ze …│
        │   2 Bram: — did not code AAN-KANS here                                       │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         DISAGREEMENTS  sample.werkbank · coder Anouk                            ? help
         ↑↓ move  Enter open  1 2 3 0 keep A, B, both, neither  u undo  Esc back
        """,
    "help-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ Keys ────────────────────────────────────────────────────────────────────────┐
        │ Everywhere                                                                   │
        │ ↑ k             Move up                                                      │
        │ ↓ j             Move down                                                    │
        │ PgUp Ctrl-B     Page up                                                      │
        │ PgDn Ctrl-F     Page down                                                    │
        │ Home g          Go to the top                                                │
        │ End G           Go to the bottom                                             │
        │ u               Undo your own last edit                                      │
        │ Ctrl-R          Redo your own edit undone last                               │
        │ Esc             Back to the previous screen                                  │
        │ 1               Cases                                                        │
        │ 2               The selected case                                            │
        │ 3               Respondents (all cases)                                      │
        │ 4               Model and codebook                                           │
        │ 5               Help                                                         │
        │ 6               Matrix: codes × cases or roles                               │
        │ 7               Disagreements between two coders                             │
        │                 (:disagreements A B)                                         │
        │ 8               Agreement and co-occurrence                                  │
        └──────────────────────────────────────────────────────────────────────────────┘
         HELP  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "import-80x24": """
        Cases│Case│Resp.│Model│Help│Matrix│Disagr.│Analysis│Frag.│Synth.
        ┌ Import · Gesprek Jan 2024.txt ───────────────────────────────────────────────┐
        │ Source id  gesprek-jan-2024                                                  │
        │ Case       2 · Revalidatie 1 (Zorg 1)                                        │
        │ Kind       interview · 2024-03-14                                            │
        │                                                                              │
        │ Speaker  Turns  Id      Role           First words                           │
        │ I            2  I       interviewer    Hoe werken de Cliënten hier mee?      │
        │▸Jan          2  –       not mapped     Zij leren samen met de studenten, el… │
        │ S1           1  S1      Studenten      Die is er altijd.                     │
        │                                                                              │
        │ [ Import ]                                                                   │
        │                                                                              │
        │ Not mapped yet: Jan. Choose a role with h/l or type an id with e.            │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         IMPORT  sample.werkbank · coder Anouk                                   ? help
         ↑↓ move  ←→ change  e edit id  Enter import  Esc cancel  : command  ? help
        """,
    "import-editing-80x24": """
        Cases│Case│Resp.│Model│Help│Matrix│Disagr.│Analysis│Frag.│Synth.
        ┌ Import · Gesprek Jan 2024.txt ───────────────────────────────────────────────┐
        │ Source id  gesprek-jan-2024                                                  │
        │ Case       2 · Revalidatie 1 (Zorg 1)                                        │
        │ Kind       interview · 2024-03-14                                            │
        │                                                                              │
        │ Speaker  Turns  Id      Role           First words                           │
        │ I            2  I       interviewer    Hoe werken de Cliënten hier mee?      │
        │▸Jan          2  › S90   Studenten      Zij leren samen met de studenten, el… │
        │ S1           1  S1      Studenten      Die is er altijd.                     │
        │                                                                              │
        │ [ Import ]                                                                   │
        │                                                                              │
        │ Type the id · Enter keep · Esc drop the change                               │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         IMPORT  sample.werkbank · coder Anouk                                   ? help
         ↑↓ move  ←→ change  e edit id  Enter import  Esc cancel  : command  ? help
        """,
    "import-nl-80x24": """
        Casussen│Casus│Resp.│Model│Hulp│Matrix│Versch.│Analyse│Frag.│Synth.
        ┌ Importeren · Gesprek Jan 2024.txt ───────────────────────────────────────────┐
        │ Bron-id  gesprek-jan-2024                                                    │
        │ Casus    2 · Revalidatie 1 (Zorg 1)                                          │
        │ Soort    interview · 2024-03-14                                              │
        │                                                                              │
        │ Spreker  Beurten  Id      Rol             Eerste woorden                     │
        │ I              2  I       interviewer     Hoe werken de Cliënten hier mee?   │
        │▸Jan            2  –       niet gekoppeld  Zij leren samen met de studenten,… │
        │ S1             1  S1      Studenten       Die is er altijd.                  │
        │                                                                              │
        │ [ Importeren ]                                                               │
        │                                                                              │
        │ Nog niet gekoppeld: Jan. Kies een rol met h/l of typ een id met e.           │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         IMPORTEREN  sample.werkbank · codeur Anouk                              ? hulp
         ↑↓ bewegen  ←→ wijzigen  e id wijzigen  Enter importeren  Esc annuleren
        """,
    "matrix-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Matrix · fragments · by case ────────────────────────────────────────────────┐
        │ Code        Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total          │
        │ AAN-VRAAG                 2       2                1       1      6          │
        │ AAN-KANS                  2       2                3       1      8          │
        │ AAN-URG                   2       2                6       1     11          │
        │ LOS                      21      47               11      15     94          │
        │ GOC                      13      32               13      13     71          │
        │ LeA                      12      25               10      13     60          │
        │ VMM                      18      24               10      26     78          │
        │ VOR                      13      26               13      12     64          │
        │ SRI                      22      23               17      16     78          │
        │ KWA-KENNIS                2       5                6       6     19          │
        │ KWA-PROF                  5       6                7       9     27          │
        │ KWA-CURR                  5       6                3       0     14          │
        │ KWA-SAMEN                 0       9                0       7     16          │
        │ KWA-VERB                  2       1                3       1      7          │
        │ ───────────────────────────────────────────────────────────────────          │
        │ Total                   119     210              103     121    553          │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         MATRIX  sample.werkbank · coder Anouk                                   ? help
         ↑↓ move  ←→ column  Enter fragments  b columns  s measure  Esc back
        """,
    "model-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ Model ───────────────────────────────────────────────────────────────────────┐
        │ Aanleiding voor samenwerking (occasion for collaboration)                    │
        │ ██ AAN-VRAAG  Complexe(re) maatschappelijke vraagstukken — more complex      │
        │    societal issues                                                           │
        │ ██ AAN-KANS  Ontstaan en zien van kansen en mogelijkheden — opportunities    │
        │    arising and being seen                                                    │
        │ ██ AAN-URG  Urgentiebesef — sense of urgency                                 │
        │                                                                              │
        │ Elementen van lerend en onderzoekend samenwerken (the six elements of the    │
        │ model)                                                                       │
        │ ██ LOS  Lerend en Onderzoekend Samenwerken — learning and inquiry-based      │
        │    collaboration                                                             │
        │    Het primaire proces van de professionele werkplaats: iedereen is          │
        │    lerende; betrokkenen leren van en met elkaar, van en tijdens het werk.    │
        │    What                                                                      │
        │      • Staat centraal: het “primaire proces” van PW                          │
        │      • Continu en wederkerig delen door alle betrokkenen van                 │
        │        (leer)doelen, kennis en ervaringen                                    │
        │      • Elkaar constructief-kritisch bevragen, geven en ontvangen van         │
        │        feedback                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         MODEL  sample.werkbank · coder Anouk                                    ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "respondents-80x24": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ Respondenten ────────────────────────────────────────────────────────────────┐
        │ Casestudies    Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total       │
        │ Studenten                    2       7                9     6 *     24       │
        │ Ondersteuners                3       9                5       4     21       │
        │ Professionals                3       4                5       7     19       │
        │ Management                   1       1                1       1      4       │
        │ Cliënten                     -       7                -       -      7       │
        │ ──────────────────────────────────────────────────────────────────────       │
        │ Totaal                       9      28               20      18     75       │
        │                                                                              │
        │ * 4 from last school year, 2 from current school year                        │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         RESPONDENTS  sample.werkbank · coder Anouk                              ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "respondents-nl": """
        1 Casussen│2 Casus│3 Resp.│4 Model│5 Hulp│6 Matrix│7 Versch.│8 Analyse│f Frag.│9
        ┌ Respondenten ────────────────────────────────────────────────────────────────┐
        │ Casestudies    Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total       │
        │ Studenten                    2       7                9     6 *     24       │
        │ Ondersteuners                3       9                5       4     21       │
        │ Professionals                3       4                5       7     19       │
        │ Management                   1       1                1       1      4       │
        │ Cliënten                     -       7                -       -      7       │
        │ ──────────────────────────────────────────────────────────────────────       │
        │ Totaal                       9      28               20      18     75       │
        │                                                                              │
        │ * 4 from last school year, 2 from current school year                        │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         RESPONDENTEN  sample.werkbank · codeur Anouk                            ? hulp
         ↑↓ bewegen  Esc terug  1-8 f 9 schermen  : opdracht  ? hulp  q stoppen
        """,
    "wide-60x14-last": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7│8│f│9
        ┌ Cases ───────────────────────────────────────────────────┐
        │#  Case           Table label      Resp.  Src.  Frag.     │
        │3  Sociale zorg   Sociale studies     20     4    103     │
        │4  Revalidatie 2  Zorg 2              18     4    121     │
        └─────────────────────────────────────────────── ▲ 2 more ─┘
        ┌ Revalidatie 2 (Zorg 2) ──────────────────────────────────┐
        │Case: 4 · Revalidatie 2                                   │
        │In the respondent table: Zorg 2                           │
        │Sector: Revalidatie                                       │
        │Institutions:                                             │
        └──────────────────────────────────────────────────────────┘
         CASES  sample.werkbank · coder Anouk                ? help
         ↑↓ move  Enter open  Tab pane  1-8 f 9 screens  : command
        """,
    "wide-60x14": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7│8│f│9
        ┌ Cases ───────────────────────────────────────────────────┐
        │#  Case           Table label      Resp.  Src.  Frag.     │
        │1  漢字 Cliënten  Jeugdgezondheid      9     4    119     │
        │2  Revalidatie 1  Zorg 1              28     5    210     │
        └─────────────────────────────────────────────── ▼ 2 more ─┘
        ┌ 漢字 Cliënten (Jeugdgezondheid) ─────────────────────────┐
        │Case: 1 · 漢字 Cliënten                                   │
        │In the respondent table: Jeugdgezondheid                  │
        │Sector: Jeugdzorg en jeugdgezondheid                      │
        │Institutions:                                             │
        └──────────────────────────────────────────────────────────┘
         CASES  sample.werkbank · coder Anouk                ? help
         ↑↓ move  Enter open  Tab pane  1-8 f 9 screens  : command
        """,
]
