import Foundation
import WerkbankExchange
#if canImport(Glibc)
import Glibc
#endif

/// Who a command writes as (decision 55): `--coder` (or `--author`), else `$WERKBANK_CODER`,
/// else `coder` in the config file, else the login name (`$USER`, else the account's name).
/// Nothing falls back to a made-up name: where none of these is there, a command that writes
/// asks for `--coder`. The workbench asks on its first start where none of the first three
/// names a coder, offering the login name, and remembers the answer in the config file.
enum CoderName {
    static func resolve(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        chosen(explicit, environment: environment) ?? loginName(environment: environment)
    }

    /// A coder someone chose: `--coder`, `$WERKBANK_CODER` or `coder` in the config file; not
    /// the login name, which the workbench only offers as the answer to its first question.
    static func chosen(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = nonEmpty(explicit) { return explicit }
        if let named = nonEmpty(environment["WERKBANK_CODER"]) { return named }
        return nonEmpty(configured(environment: environment))
    }

    /// `$USER`, else the account's name.
    static func loginName(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        nonEmpty(environment["USER"]) ?? account()
    }

    /// The name of the account this process runs as, where `$USER` is not set (in a container,
    /// over some SSH set-ups).
    private static func account() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return nonEmpty(String(cString: name))
    }

    /// `coder` in the config file; a broken file names no one here (the workbench reports it).
    static func configured(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let url = ConfigFile.folder(environment: environment).appendingPathComponent("config.toml")
        return (try? ConfigFile.load(url))?.coder
    }

    static let missing = "no coder: give --coder NAME (or set $WERKBANK_CODER, or `coder = \"NAME\"` in the config file)"

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }
}
