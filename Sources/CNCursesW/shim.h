#ifndef WERKBANK_CNCURSESW_SHIM_H
#define WERKBANK_CNCURSESW_SHIM_H
// SwiftPM drops ncursesw's pkg-config flags, so wide-character support is switched on here,
// before the header (see TERMINAL-NOTES.md).
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#endif
