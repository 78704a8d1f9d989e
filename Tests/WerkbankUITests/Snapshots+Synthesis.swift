// The synthesis grid and an opened cell on the sample project, at 80×24 and 120×40.

let synthesisSnapshots: [String: String] = [
    "synthesis-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Synthesis · by case ─────────────────────────────────────────────────────────────────────────────────────────────────┐
        │ Element  Jeugdzorg               Revalidatie 1           Sociale zorg            Revalidatie 2           Cross-case  │
        │ LOS      · no judgement          ● recognised            · no judgement          · no judgement          ●1 ·3       │
        │          0 findings · 21 frag.   3 findings · 47 frag.   0 findings · 11 frag.   0 findings · 15 frag.               │
        │                                  Scholing voor iederee…                                                              │
        │ GOC      · no judgement          ● recognised            · no judgement          · no judgement          ●1 ·3       │
        │          0 findings · 13 frag.   2 findings · 32 frag.   0 findings · 13 frag.   0 findings · 13 frag.               │
        │                                  Studenten hebben vers…                                                              │
        │ LeA      · no judgement          ● recognised            · no judgement          · no judgement          ●1 ·3       │
        │          0 findings · 12 frag.   2 findings · 25 frag.   0 findings · 10 frag.   0 findings · 13 frag.               │
        │                                  Verantwoordelijk voor…                                                              │
        │ VMM      · no judgement          ● recognised            · no judgement          · no judgement          ●1 ·3       │
        │          0 findings · 18 frag.   2 findings · 24 frag.   0 findings · 10 frag.   0 findings · 26 frag.               │
        │                                  Revalidatiecentrum zo…                                                              │
        │ VOR      · no judgement          ● recognised            · no judgement          · no judgement          ●1 ·3       │
        │          0 findings · 13 frag.   2 findings · 26 frag.   0 findings · 13 frag.   0 findings · 12 frag.               │
        │                                  Iedereen doet zijn be…                                                              │
        │ SRI      · no judgement          ● recognised            · no judgement          · no judgement          ●1 ·3       │
        │          0 findings · 22 frag.   1 finding · 23 frag.    0 findings · 17 frag.   0 findings · 16 frag.               │
        │                                  Stuurgroep verantwoor…                                                              │
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
        │ Conclusions (4)                                                                                                      │
        │ 1. Alle elementen worden door stakeholders herkend en zijn aanwezig in professionele werkplaats (aanwezigheid versc… │
        │ 2. Ervaringen van stakeholders met elementen verschilt per case, heeft ook te maken met betrokkenheid bij professio… │
        │ 3. Fase waarin een gedeelde visie wordt geformuleerd, is essentieel, ook om iedereen bij de professionele werkplaat… │
        │ 4. Het model wordt gezien als een ideaalplaatje voor een professionele werkplaats.                                   │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         SYNTHESIS  sample.werkbank · coder Anouk                                                                        ? help
         ↑↓ move  ←→ column  Enter open  b columns  Esc back  1-8 f 9 screens  : command  ? help  q quit
        """,
    "synthesis-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Synthesis · by case ─────────────────────────────────────────────────────────┐
        │ Element  Jeugdzorg               Revalidatie 1          ▶                    │
        │ LOS      · no judgement          ● recognised                                │
        │          0 findings · 21 frag.   3 findings · 47 frag.                       │
        │                                  Scholing voor iederee…                      │
        │ GOC      · no judgement          ● recognised                                │
        │          0 findings · 13 frag.   2 findings · 32 frag.                       │
        │                                  Studenten hebben vers…                      │
        │ LeA      · no judgement          ● recognised                                │
        │          0 findings · 12 frag.   2 findings · 25 frag.                       │
        │                                  Verantwoordelijk voor…                      │
        │ VMM      · no judgement          ● recognised                                │
        │          0 findings · 18 frag.   2 findings · 24 frag.                       │
        │                                  Revalidatiecentrum zo…                      │
        │ VOR      · no judgement          ● recognised                                │
        │          0 findings · 13 frag.   2 findings · 26 frag.                       │
        │                                  Iedereen doet zijn be… ▼                    │
        │                                                                              │
        │ Conclusions (4)                                                              │
        │ 1. Alle elementen worden door stakeholders herkend en zijn aanwezig in prof… │
        └──────────────────────────────────────────────────────────────────────────────┘
         SYNTHESIS  sample.werkbank · coder Anouk                                ? help
         ↑↓ move  ←→ column  Enter open  b columns  Esc back  1-8 f 9 screens  : command
        """,
    "synthesis-cell-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Cell · Revalidatie 1 × LOS ──────────────────────────────────────────────────────────────────────────────────────────┐
        │ ● recognised — Gepubliceerde bevindingen voor dit element; conclusie 1: alle elementen herkend.                      │
        │┌ Fragments — 47 ─────────────────────────────────────────┐┌ Findings — 3 ───────────────────────────────────────────┐│
        ││  P1 (Professionals) · Focusgroep met docenten, coördina…││• Scholing voor iedereen (bv klinische lessen,           ││
        ││  “Ja. Ik ben fysiotherapeut en werkbegeleider, en ik    ││  intervisie), ook voor studenten.                       ││
        ││   denk dat ik in de afgelopen twee jaar meer geleerd h…”││   M1 (Management): “Wat we hier doen is: scholing is vo…││
        ││  P1 (Professionals) · Focusgroep met docenten, coördina…││   M1 (Management): “Daarnaast is er intervisie, ook wee…││
        ││  “Die komen met de nieuwste richtlijnen, die vragen:    ││   S2 (Studenten): “Wat hier anders is dan op andere sta…││
        ││   waarom doe je dat zo?”                                ││   O3 (Ondersteuners): “Er is niet een programma voor st…││
        ││  O3 (Ondersteuners) · Focusgroep met docenten, coördina…││• Multidisciplinaire samenwerking tussen bv studenten    ││
        ││  “Als coördinator organiseer ik de klinische lessen     ││  fysiotherapie en ergotherapie.                         ││
        ││   en de intervisie, en het uitgangspunt is echt:…”      ││   M1 (Management): “En wat ik heel mooi vind: de studen…││
        ││✓ O3 (Ondersteuners) · Focusgroep met docenten, coördina…││   S1 (Studenten): “We doen de intake samen en we stelle…││
        ││  “Er is niet een programma voor studenten en een        ││   C1 (Cliënten): “En het mooie is, hij en dat meisje va…││
        ││   programma voor personeel. Het is één programma.”      ││• Ook hogescholen leren van elkaar.                      ││
        ││  P2 (Professionals) · Focusgroep met docenten, coördina…││   M1 (Management): “Dat het primaire proces hier eigenl…││
        ││  “En wat voor mij als ergotherapeut het grootste        ││   S4 (Studenten): “En wat ik ook merk: de docenten van …││
        ││   verschil is: de samenwerking tussen fysio en ergo.…”  ││   O2 (Ondersteuners): “Ik wil daar iets aan toevoegen v…││
        ││  O2 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Ik wil daar iets aan toevoegen vanuit de              ││                                                         ││
        ││   hogeschool. Ik ben docent ergotherapie bij Zuyd, en…” ││                                                         ││
        ││  O2 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Maar nu kijken we samen naar de studenten, we         ││                                                         ││
        ││   hebben samen een beoordelingsmoment ontwikkeld voor…” ││                                                         ││
        ││  O1 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Ja, dat klopt. Het is echt wederzijds. Dat had ik     ││                                                         ││
        ││   vooraf niet verwacht, eerlijk gezegd, er is toch ook…”││                                                         ││
        ││  O1 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Dat we als docenten hier ook lerenden zijn. Niemand   ││                                                         ││
        ││   weet alles.”                                          ││                                                         ││
        ││  O1 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Dat we als docenten hier ook lerenden zijn. Niemand   ││                                                         ││
        ││   weet alles.”                                          ││                                                         ││
        ││  C1 (Cliënten) · Korte focusgroep met revalidanten · An…││                                                         ││
        ││  “Eerst vond ik het niks, eerlijk gezegd. Ik dacht:     ││                                                         ││
        │└─────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         CELL  sample.werkbank · coder Anouk                                                                             ? help
         ↑↓ move  Tab pane  Enter open  n new  e edit  x remove  L link  U unlink  J judge  u undo  Esc back  1-8 f 9 screens
        """,
    "synthesis-cell-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Cell · Revalidatie 1 × LOS ──────────────────────────────────────────────────┐
        │ ● recognised — Gepubliceerde bevindingen voor dit element; conclusie 1: alle │
        │┌ Fragments — 47 ─────────────────────┐┌ Findings — 3 ───────────────────────┐│
        ││  P1 (Professionals) · Focusgroep me…││• Scholing voor iedereen (bv         ││
        ││  “Ja. Ik ben fysiotherapeut en      ││  klinische lessen, intervisie), ook ││
        ││   werkbegeleider, en ik denk dat i…”││  voor studenten.                    ││
        ││  P1 (Professionals) · Focusgroep me…││   M1 (Management): “Wat we hier doe…││
        ││  “Die komen met de nieuwste         ││   M1 (Management): “Daarnaast is er…││
        ││   richtlijnen, die vragen: waarom…” ││   S2 (Studenten): “Wat hier anders …││
        ││  O3 (Ondersteuners) · Focusgroep me…││   O3 (Ondersteuners): “Er is niet e…││
        ││  “Als coördinator organiseer ik     ││• Multidisciplinaire samenwerking    ││
        ││   de klinische lessen en de…”       ││  tussen bv studenten fysiotherapie  ││
        ││✓ O3 (Ondersteuners) · Focusgroep me…││  en ergotherapie.                   ││
        ││  “Er is niet een programma voor     ││   M1 (Management): “En wat ik heel …││
        ││   studenten en een programma voor…” ││   S1 (Studenten): “We doen de intak…││
        ││  P2 (Professionals) · Focusgroep me…││   C1 (Cliënten): “En het mooie is, …││
        ││  “En wat voor mij als               ││• Ook hogescholen leren van elkaar.  ││
        ││   ergotherapeut het grootste…”      ││   M1 (Management): “Dat het primair…││
        ││  O2 (Ondersteuners) · Focusgroep me…││   S4 (Studenten): “En wat ik ook me…││
        │└─────────────────────────────────────┘└─────────────────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
         CELL  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  Tab pane  Enter open  n new  e edit  x remove  L link  U unlink
        """,
    "synthesis-cell-findings-120x40": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Cell · Revalidatie 1 × LOS ──────────────────────────────────────────────────────────────────────────────────────────┐
        │ ● recognised — Gepubliceerde bevindingen voor dit element; conclusie 1: alle elementen herkend.                      │
        │┌ Fragments — 47 ─────────────────────────────────────────┐┌ Findings — 3 ───────────────────────────────────────────┐│
        ││  P1 (Professionals) · Focusgroep met docenten, coördina…││• Scholing voor iedereen (bv klinische lessen,           ││
        ││  “Ja. Ik ben fysiotherapeut en werkbegeleider, en ik    ││  intervisie), ook voor studenten.                       ││
        ││   denk dat ik in de afgelopen twee jaar meer geleerd h…”││   M1 (Management): “Wat we hier doen is: scholing is vo…││
        ││  P1 (Professionals) · Focusgroep met docenten, coördina…││   M1 (Management): “Daarnaast is er intervisie, ook wee…││
        ││  “Die komen met de nieuwste richtlijnen, die vragen:    ││   S2 (Studenten): “Wat hier anders is dan op andere sta…││
        ││   waarom doe je dat zo?”                                ││   O3 (Ondersteuners): “Er is niet een programma voor st…││
        ││  O3 (Ondersteuners) · Focusgroep met docenten, coördina…││• Multidisciplinaire samenwerking tussen bv studenten    ││
        ││  “Als coördinator organiseer ik de klinische lessen     ││  fysiotherapie en ergotherapie.                         ││
        ││   en de intervisie, en het uitgangspunt is echt:…”      ││   M1 (Management): “En wat ik heel mooi vind: de studen…││
        ││✓ O3 (Ondersteuners) · Focusgroep met docenten, coördina…││   S1 (Studenten): “We doen de intake samen en we stelle…││
        ││  “Er is niet een programma voor studenten en een        ││   C1 (Cliënten): “En het mooie is, hij en dat meisje va…││
        ││   programma voor personeel. Het is één programma.”      ││• Ook hogescholen leren van elkaar.                      ││
        ││  P2 (Professionals) · Focusgroep met docenten, coördina…││   M1 (Management): “Dat het primaire proces hier eigenl…││
        ││  “En wat voor mij als ergotherapeut het grootste        ││   S4 (Studenten): “En wat ik ook merk: de docenten van …││
        ││   verschil is: de samenwerking tussen fysio en ergo.…”  ││   O2 (Ondersteuners): “Ik wil daar iets aan toevoegen v…││
        ││  O2 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Ik wil daar iets aan toevoegen vanuit de              ││                                                         ││
        ││   hogeschool. Ik ben docent ergotherapie bij Zuyd, en…” ││                                                         ││
        ││  O2 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Maar nu kijken we samen naar de studenten, we         ││                                                         ││
        ││   hebben samen een beoordelingsmoment ontwikkeld voor…” ││                                                         ││
        ││  O1 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Ja, dat klopt. Het is echt wederzijds. Dat had ik     ││                                                         ││
        ││   vooraf niet verwacht, eerlijk gezegd, er is toch ook…”││                                                         ││
        ││  O1 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Dat we als docenten hier ook lerenden zijn. Niemand   ││                                                         ││
        ││   weet alles.”                                          ││                                                         ││
        ││  O1 (Ondersteuners) · Focusgroep met docenten, coördina…││                                                         ││
        ││  “Dat we als docenten hier ook lerenden zijn. Niemand   ││                                                         ││
        ││   weet alles.”                                          ││                                                         ││
        ││  C1 (Cliënten) · Korte focusgroep met revalidanten · An…││                                                         ││
        ││  “Eerst vond ik het niks, eerlijk gezegd. Ik dacht:     ││                                                         ││
        │└─────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
         CELL  sample.werkbank · coder Anouk                                                                             ? help
         ↑↓ move  Tab pane  Enter open  n new  e edit  x remove  L link  U unlink  J judge  u undo  Esc back  1-8 f 9 screens
        """,
    "synthesis-cell-findings-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Cell · Revalidatie 1 × LOS ──────────────────────────────────────────────────┐
        │ ● recognised — Gepubliceerde bevindingen voor dit element; conclusie 1: alle │
        │┌ Fragments — 47 ─────────────────────┐┌ Findings — 3 ───────────────────────┐│
        ││  P1 (Professionals) · Focusgroep me…││• Scholing voor iedereen (bv         ││
        ││  “Ja. Ik ben fysiotherapeut en      ││  klinische lessen, intervisie), ook ││
        ││   werkbegeleider, en ik denk dat i…”││  voor studenten.                    ││
        ││  P1 (Professionals) · Focusgroep me…││   M1 (Management): “Wat we hier doe…││
        ││  “Die komen met de nieuwste         ││   M1 (Management): “Daarnaast is er…││
        ││   richtlijnen, die vragen: waarom…” ││   S2 (Studenten): “Wat hier anders …││
        ││  O3 (Ondersteuners) · Focusgroep me…││   O3 (Ondersteuners): “Er is niet e…││
        ││  “Als coördinator organiseer ik     ││• Multidisciplinaire samenwerking    ││
        ││   de klinische lessen en de…”       ││  tussen bv studenten fysiotherapie  ││
        ││✓ O3 (Ondersteuners) · Focusgroep me…││  en ergotherapie.                   ││
        ││  “Er is niet een programma voor     ││   M1 (Management): “En wat ik heel …││
        ││   studenten en een programma voor…” ││   S1 (Studenten): “We doen de intak…││
        ││  P2 (Professionals) · Focusgroep me…││   C1 (Cliënten): “En het mooie is, …││
        ││  “En wat voor mij als               ││• Ook hogescholen leren van elkaar.  ││
        ││   ergotherapeut het grootste…”      ││   M1 (Management): “Dat het primair…││
        ││  O2 (Ondersteuners) · Focusgroep me…││   S4 (Studenten): “En wat ik ook me…││
        │└─────────────────────────────────────┘└─────────────────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
         CELL  sample.werkbank · coder Anouk                                     ? help
         ↑↓ move  Tab pane  Enter open  n new  e edit  x remove  L link  U unlink
        """,
]
