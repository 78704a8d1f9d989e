// Tables too large for their screen, before and after scrolling (TableScrollingTests).
// To review a change: WERKBANK_RECORD_SNAPSHOTS=/tmp/snaps swift test --filter TableScrollingTests

let tableSnapshots: [String: String] = [
    "agreement-50x12": """
        1│2│3│4│5│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
        ┌ Analysis ──────────────────────────────────────┐
        │Agreement │ Co-occurrence                       │
        │ Agreement of Anouk and Bram by character, 11 so│
        │ Code                    a      b     c ▶       │
        │ AAN-URG               166   1238    65 ▲       │
        │ LOS                  3256  11338   382 ▼       │
        │ ──────────────────────────────────────         │
        │ All codes (pooled)  15136  50267  2859         │
        └────────────────────────────────────────────────┘
         ANALYSIS  sample.werkbank · coder Anouk   ? help
         ↑↓ move  ←→ column  Tab tab  t unit
        """,
    "agreement-scrolled-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Analysis ────────────────────────────────────────────────────────────────────┐
        │Agreement │ Co-occurrence                                                     │
        │                                                                              │
        │ Agreement of Anouk and Bram by character, 11 sources                         │
        │                                                                              │
        │ Code              ◀     b     c       d       N  Agreement  Kappa  Alpha     │
        │ KWA-CURR              587    42   61904   62987      0.990  0.586  0.586 ▲   │
        │ KWA-SAMEN            2126    64   60586   62987      0.965  0.155  0.144     │
        │ KWA-VERB              395     0   62490   62987      0.994  0.339  0.337     │
        │ ────────────────────────────────────────────────────────────────────────     │
        │ All codes (pooled)  50267  2859  813556  881818      0.940  0.342  0.331     │
        │                                                                              │
        │ a: both coded; b: only Anouk; c: only Bram; d: neither. N: characters per    │
        │ code.                                                                        │
        │ Sources: jz-focusgroep-professionals, jz-focusgroep-studenten,               │
        │ rev1-focusgroep-begeleiders, rev1-focusgroep-clienten,                       │
        │ rev1-focusgroep-studenten, rev1-interview-manager,                           │
        │ rev1-observatie-klinische-les, sz-focusgroep-studenten,                      │
        │ sz-interview-manager, rev2-focusgroep-professionals,                         │
        │ rev2-focusgroep-studenten                                                    │
        └──────────────────────────────────────────────────────────────────────────────┘
         ANALYSIS  sample.werkbank · coder Anouk                                 ? help
         ↑↓ move  ←→ column  Tab tab  t unit  o overlap/turn  Esc back  1-8 f 9 screens
        """,
    "cooccurrence-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Analysis ────────────────────────────────────────────────────────────────────┐
        │Agreement │ Co-occurrence                                                     │
        │                                                                              │
        │ Co-occurrence (overlap)                                                      │
        │                                                                              │
        │ Code        AAN-VRAAG  AAN-KANS  AAN-URG  LOS  GOC  LeA  VMM  VOR  SRI ▶     │
        │ AAN-VRAAG           6         5        4    0    0    0    0    0    0       │
        │ AAN-KANS            5         8        7    0    0    0    0    0    0       │
        │ AAN-URG             4         7       11    0    0    0    2    0    0       │
        │ LOS                 0         0        0   94   16    4    9    3    3       │
        │ GOC                 0         0        0   16   71    3    3    8    6       │
        │ LeA                 0         0        0    4    3   60    2    2    8       │
        │ VMM                 0         0        2    9    3    2   78    7    3       │
        │ VOR                 0         0        0    3    8    2    7   64    1       │
        │ SRI                 0         0        0    3    6    8    3    1   78       │
        │ KWA-KENNIS          0         0        0    5    3    3    0    1    0       │
        │ KWA-PROF            0         0        0    5    2    1    1    0    0       │
        │ KWA-CURR            0         0        1    0    0    0    0    2    0       │
        │ KWA-SAMEN           0         0        0   13    1    0    0    4    0       │
        │ KWA-VERB            0         0        0    0    0    0    0    4    0       │
        └──────────────────────────────────────────────────────────────────────────────┘
         ANALYSIS  sample.werkbank · coder Anouk                                 ? help
         ↑↓ move  ←→ column  Tab tab  t unit  o overlap/turn  Esc back  1-8 f 9 screens
        """,
    "cooccurrence-scrolled-80x24": """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Analysis ────────────────────────────────────────────────────────────────────┐
        │Agreement │ Co-occurrence                                                     │
        │                                                                              │
        │ Co-occurrence (overlap)                                                      │
        │                                                                              │
        │ Code      ◀ LeA  VMM  VOR  SRI  KWA-KENNIS  KWA-PROF  KWA-CURR  KWA-SAMEN ▶  │
        │ AAN-VRAAG     0    0    0    0           0         0         0          0    │
        │ AAN-KANS      0    0    0    0           0         0         0          0    │
        │ AAN-URG       0    2    0    0           0         0         1          0    │
        │ LOS           4    9    3    3           5         5         0         13    │
        │ GOC           3    3    8    6           3         2         0          1    │
        │ LeA          60    2    2    8           3         1         0          0    │
        │ VMM           2   78    7    3           0         1         0          0    │
        │ VOR           2    7   64    1           1         0         2          4    │
        │ SRI           8    3    1   78           0         0         0          0    │
        │ KWA-KENNIS    3    0    1    0          19         0         0          2    │
        │ KWA-PROF      1    1    0    0           0        27         4          2    │
        │ KWA-CURR      0    0    2    0           0         4        14          0    │
        │ KWA-SAMEN     0    0    4    0           2         2         0         16    │
        │ KWA-VERB      0    0    4    0           2         0         0          0    │
        └──────────────────────────────────────────────────────────────────────────────┘
         ANALYSIS  sample.werkbank · coder Anouk                                 ? help
         ↑↓ move  ←→ column  Tab tab  t unit  o overlap/turn  Esc back  1-8 f 9 screens
        """,
    "matrix-50x12": """
        1│2│3│4 Model│5 Help│6 Matrix│7 Disagr.│8│f│9
        ┌ Matrix · fragments · by case ──────────────────┐
        │ Code        Jeugdgezondheid  Zorg 1 ▶          │
        │ AAN-VRAAG                 2       2            │
        │ AAN-KANS                  2       2            │
        │ AAN-URG                   2       2            │
        │ LOS                      21      47 ▼          │
        │ ───────────────────────────────────            │
        │ Total                   119     210            │
        └────────────────────────────────────────────────┘
         MATRIX  sample.werkbank · coder Anouk     ? help
         ↑↓ move  ←→ column  Enter fragments  b columns
        """,
    "matrix-scrolled-50x12": """
        1│2│3│4 Model│5 Help│6 Matrix│7 Disagr.│8│f│9
        ┌ Matrix · fragments · by case ──────────────────┐
        │ Code      ◀ Sociale studies  Zorg 2  Total     │
        │ LeA                      10      13     60 ▲   │
        │ VMM                      10      26     78     │
        │ VOR                      13      12     64     │
        │ SRI                      17      16     78 ▼   │
        │ ──────────────────────────────────────────     │
        │ Total                   103     121    553     │
        └────────────────────────────────────────────────┘
         MATRIX  sample.werkbank · coder Anouk     ? help
         ↑↓ move  ←→ column  Enter fragments  b columns
        """,
    "respondents-50x12": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6│7│8│f│9
        ┌ Respondenten ──────────────────────────────────┐
        │ Casestudies    Jeugdgezondheid  Zorg 1 ▶       │
        │ Studenten                    2       7         │
        │ Ondersteuners                3       9         │
        │ Professionals                3       4         │
        │ Management                   1       1 ▼       │
        │ ──────────────────────────────────────         │
        │ Totaal                       9      28         │
        └────────────────────────────────────────────────┘
         RESPONDENTS  sample.werkbank · coder Ano… ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command
        """,
    "respondents-scrolled-50x12": """
        1 Cases│2 Case│3 Resp.│4 Model│5 Help│6│7│8│f│9
        ┌ Respondenten ──────────────────────────────────┐
        │ Casestudies  ◀ Sociale studies  Zorg 2  Total  │
        │ Cliënten                     -       -      7 ▲│
        │ ─────────────────────────────────────────────  │
        │ Totaal                      20      18     75  │
        │                                                │
        │ * 4 from last school year, 2 from current      │
        │ school year                                    │
        └────────────────────────────────────────────────┘
         RESPONDENTS  sample.werkbank · coder Ano… ? help
         ↑↓ move  Esc back  1-8 f 9 screens  : command
        """,
]
