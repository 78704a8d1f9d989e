import CNCursesW
import TerminalKit

/// Maps what `wget_wch` and `getmouse` report to ``InputEvent``s; `nil` for anything the
/// workbench has no use for.
enum KeyDecoder {
    /// A character `wget_wch` returned with `OK`: text, or a control code.
    static func event(forCharacter code: UInt32) -> InputEvent? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + code)))))
        case 0..<0x20, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// A key code `wget_wch` returned with `KEY_CODE_YES`, except `KEY_RESIZE` and
    /// `KEY_MOUSE`, which need the terminal.
    static func event(forKeyCode code: Int32) -> InputEvent? {
        let key: Key
        switch code {
        case KEY_UP: key = .up
        case KEY_DOWN: key = .down
        case KEY_LEFT: key = .left
        case KEY_RIGHT: key = .right
        case KEY_PPAGE: key = .pageUp
        case KEY_NPAGE: key = .pageDown
        // Some terminals send Find/Select (the VT220 names) for Home/End.
        case KEY_HOME, KEY_FIND: key = .home
        case KEY_END, KEY_SELECT, KEY_LL: key = .end
        case KEY_DC: key = .delete
        case KEY_IC: key = .insert
        case KEY_BTAB: key = .backTab
        case KEY_BACKSPACE: key = .backspace
        case KEY_ENTER: key = .enter
        case (KEY_F0 + 1)...(KEY_F0 + 63): key = .function(Int(code - KEY_F0))
        default: return nil
        }
        return .key(key)
    }

    /// A mouse report: presses and releases of buttons 1–3 and the wheel.
    static func event(forMouse mouse: MEVENT) -> InputEvent? {
        let state = mouse.bstate
        let kind: MouseEvent.Kind
        if state & WB_BUTTON4_PRESSED != 0 {
            kind = .scrollUp
        } else if state & WB_BUTTON5_PRESSED != 0 {
            kind = .scrollDown
        } else if state & (WB_BUTTON1_PRESSED | WB_BUTTON1_CLICKED) != 0 {
            kind = .press(button: 1)
        } else if state & (WB_BUTTON2_PRESSED | WB_BUTTON2_CLICKED) != 0 {
            kind = .press(button: 2)
        } else if state & (WB_BUTTON3_PRESSED | WB_BUTTON3_CLICKED) != 0 {
            kind = .press(button: 3)
        } else if state & (WB_BUTTON1_RELEASED | WB_BUTTON2_RELEASED | WB_BUTTON3_RELEASED) != 0 {
            kind = .release
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, x: Int(mouse.x), y: Int(mouse.y)))
    }

    /// The mouse reports to ask for: clicks and the wheel, no motion.
    static let mouseMask: mmask_t = WB_BUTTON1_PRESSED | WB_BUTTON1_RELEASED | WB_BUTTON2_PRESSED
        | WB_BUTTON2_RELEASED | WB_BUTTON3_PRESSED | WB_BUTTON3_RELEASED | WB_BUTTON4_PRESSED | WB_BUTTON5_PRESSED
}
