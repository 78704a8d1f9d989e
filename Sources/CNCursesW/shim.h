#ifndef WERKBANK_CNCURSESW_SHIM_H
#define WERKBANK_CNCURSESW_SHIM_H
// SwiftPM drops ncursesw's pkg-config flags, so wide-character support is switched on here,
// before the header (see TERMINAL-NOTES.md).
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

// Swift's Glibc module hides wcwidth (it is behind _XOPEN_SOURCE); ncurses measures with it,
// so the backend does too.
extern int wcwidth(wchar_t c);

// Attributes are function-like macros that Swift does not import.
static const attr_t WB_A_BOLD = A_BOLD;
static const attr_t WB_A_DIM = A_DIM;
static const attr_t WB_A_ITALIC = A_ITALIC;
static const attr_t WB_A_UNDERLINE = A_UNDERLINE;
static const attr_t WB_A_REVERSE = A_REVERSE;

/// The attribute bits of colour pair `pair`; pairs above 255 are clamped as ncurses does,
/// the full number goes into `cchar_t.ext_color`.
static inline attr_t wb_color_pair_attr(int pair) { return COLOR_PAIR(pair > 255 ? 255 : pair); }

// Mouse masks.
static const mmask_t WB_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t WB_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t WB_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t WB_BUTTON2_PRESSED = BUTTON2_PRESSED;
static const mmask_t WB_BUTTON2_RELEASED = BUTTON2_RELEASED;
static const mmask_t WB_BUTTON2_CLICKED = BUTTON2_CLICKED;
static const mmask_t WB_BUTTON3_PRESSED = BUTTON3_PRESSED;
static const mmask_t WB_BUTTON3_RELEASED = BUTTON3_RELEASED;
static const mmask_t WB_BUTTON3_CLICKED = BUTTON3_CLICKED;
static const mmask_t WB_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t WB_BUTTON5_PRESSED = BUTTON5_PRESSED;

// Reading C globals is an error in Swift 6 (they are mutable, hence not concurrency-safe).
static inline FILE *wb_stdout(void) { return stdout; }
static inline FILE *wb_stdin(void) { return stdin; }
static inline int wb_colors(void) { return COLORS; }
static inline int wb_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *wb_stdscr(void) { return stdscr; }

/// Whether the current terminal can move the cursor (`cup`); `tigetstr` answers NULL when
/// the capability is absent and (char *)-1 when it is not a string capability.
static inline int wb_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1 && cup[0] != '\0';
}

/// The current locale's code set, for example "UTF-8" or "ANSI_X3.4-1968".
static inline const char *wb_codeset(void) { return nl_langinfo(CODESET); }

/// Whether the locale's code set is UTF-8.
static inline int wb_codeset_is_utf8(void) {
    const char *codeset = wb_codeset();
    return codeset != NULL
        && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
