import Foundation

/// One CLI writer of the soak test: `werkbank code`, `uncode`, `memo add` and `undo` as its
/// coder, one command after another on a source of its own, with each acknowledged edit (exit
/// 0 and what the command printed) kept in a ``SoakLedger``. Runs on a thread of its own; read
/// it only after ``run(steps:)`` has returned.
final class SoakWriter: @unchecked Sendable {
    let coder: String
    let source: String
    let project: String
    private(set) var ledger: SoakLedger
    private(set) var failures: [String] = []
    private var random: SoakRandom

    init(coder: String, source: String, project: String, seed: UInt64) {
        self.coder = coder
        self.source = source
        self.project = project
        ledger = SoakLedger(coder: coder)
        random = SoakRandom(seed: seed)
    }

    private func werkbank(_ arguments: [String]) -> BinaryRunner.Result? {
        do {
            return try BinaryRunner.run(arguments + ["--project", project])
        } catch {
            failures.append("\(arguments.first ?? ""): \(error)")
            return nil
        }
    }

    func run(steps: Int) {
        guard let listed = werkbank(["sources", "--format", "csv"]),
              let row = CSVRecords.parse(listed.output).first(where: { $0.first == source }), let length = Int(row[6]), length > 40 else {
            return failures.append("no source \(source)")
        }
        for step in 0..<steps {
            switch random.next() % 6 {
            case 0, 1: code(step, length: length)
            case 2: uncode()
            case 3: freeMemo(step)
            default: undo()
            }
        }
    }

    private func code(_ step: Int, length: Int) {
        let start = random.next() % (length - 30)
        let memo = step % 3 == 0 ? ["--memo", "Soakmemo \(coder) \(step)"] : []
        guard let result = werkbank(["code", "--source", source, "--range", "\(start)..\(start + 20)", "--code", "LOS",
                                     "--coder", coder, "--format", "csv"] + memo) else { return }
        guard result.status == 0, let id = CSVRecords.parse(result.output).dropFirst().first?.first else {
            return failures.append("code exited \(result.status): \(result.errors)")
        }
        ledger.coded(id: id, memo: !memo.isEmpty)
    }

    private func uncode() {
        guard !ledger.codingIDs.isEmpty else { return }
        let id = ledger.codingIDs[random.next() % ledger.codingIDs.count]
        guard let result = werkbank(["uncode", id, "--coder", coder]) else { return }
        guard result.status == 0 else { return failures.append("uncode exited \(result.status): \(result.errors)") }
        ledger.uncoded(id: id)
    }

    private func freeMemo(_ step: Int) {
        guard let result = werkbank(["memo", "add", "--title", "Soak \(coder) \(step)", "--text", "Cliënten — \(step)", "--coder", coder]) else { return }
        guard result.status == 0 else { return failures.append("memo add exited \(result.status): \(result.errors)") }
        ledger.wroteFreeMemo()
    }

    private func undo() {
        guard let result = werkbank(["undo", "--coder", coder]) else { return }
        switch result.status {
        case 0:
            let line = result.output.split(separator: "\n").first.map(String.init) ?? ""
            guard line.hasPrefix("undone: ") else { return failures.append("undo said \(result.output)") }
            ledger.undid(label: String(line.dropFirst("undone: ".count)))
        case 2: ledger.undid(label: nil)
        default: failures.append("undo exited \(result.status): \(result.errors)")
        }
    }
}
