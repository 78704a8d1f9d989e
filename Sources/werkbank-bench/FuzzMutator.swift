import Foundation

/// Byte-level mutations of a seed, reproducible from (seed, index): flips, overwrites,
/// inserts (random bytes or dictionary tokens), deletes, duplications and splices with
/// another seed.
struct FuzzMutator {
    let seeds: [FuzzSeed]
    let dictionary: [[UInt8]]
    let seed: UInt64

    init(seeds: [FuzzSeed], dictionary: [String], seed: UInt64) {
        self.seeds = seeds
        self.dictionary = dictionary.map { Array($0.utf8) }
        self.seed = seed
    }

    /// Bytes that often mean something to a parser.
    static let interesting: [UInt8] = [0, 0x0A, 0x0D, 0x09, 0x20, 0x22, 0x27, 0x5B, 0x5D, 0x7B, 0x7D, 0x3C, 0x3E, 0x26, 0x3D,
                                        0x2E, 0x23, 0x5C, 0x2F, 0x80, 0xBF, 0xC3, 0xE2, 0xEF, 0xF0, 0xFE, 0xFF, 0x7F]

    /// Input `index`: which seed, and its mutated bytes.
    func input(_ index: Int) -> (seed: FuzzSeed, data: [UInt8]) {
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(index) &* 0xD1B5_4A32_D192_ED03 ^ 0x5EED)
        let chosen = seeds[rng.int(below: seeds.count)]
        let rounds = rng.oneIn(3) ? rng.int(in: 1...16) : rng.int(in: 1...3)
        if let entries = chosen.entries, !rng.oneIn(4) {
            // An archive: mostly its main document is mutated and the archive rebuilt, so the
            // mutation reaches the XML parser rather than stopping at the ZIP's structure.
            var files = entries
            let target = rng.oneIn(5) ? rng.int(below: files.count) : files.firstIndex { $0.path.hasSuffix(".qde") || $0.path.hasSuffix("document.xml") } ?? 0
            var bytes = Array(files[target].data)
            for _ in 0..<rounds { mutate(&bytes, &rng) }
            files[target].data = Data(bytes)
            return (chosen, Array(FuzzArchive.zip(files)))
        }
        var bytes = Array(chosen.data)
        for _ in 0..<rounds { mutate(&bytes, &rng) }
        return (chosen, bytes)
    }

    func mutate(_ bytes: inout [UInt8], _ rng: inout SplitMix64) {
        let position = bytes.isEmpty ? 0 : rng.int(below: bytes.count + 1)
        switch rng.int(below: 8) {
        case 0 where !bytes.isEmpty:
            let at = min(position, bytes.count - 1)
            bytes[at] ^= UInt8(1) << UInt8(rng.int(below: 8))
        case 1 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] = rng.pick(Self.interesting)
        case 2:
            let count = rng.int(in: 1...4)
            bytes.insert(contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: position)
        case 3, 4:
            bytes.insert(contentsOf: rng.pick(dictionary), at: position)
        case 5 where !bytes.isEmpty:
            let length = min(rng.oneIn(4) ? rng.int(in: 1...512) : rng.int(in: 1...16), bytes.count - min(position, bytes.count - 1))
            bytes.removeSubrange(min(position, bytes.count - 1)..<min(position, bytes.count - 1) + length)
        case 6 where !bytes.isEmpty:
            let start = rng.int(below: bytes.count)
            let length = min(rng.int(in: 1...64), bytes.count - start)
            let copy = Array(bytes[start..<start + length])
            let times = rng.oneIn(8) ? rng.int(in: 2...200) : 1
            for _ in 0..<times { bytes.insert(contentsOf: copy, at: position) }
        case 7:
            let other = Array(rng.pick(seeds).data)
            guard !other.isEmpty else { return }
            let start = rng.int(below: other.count)
            let length = min(rng.int(in: 1...256), other.count - start)
            if rng.oneIn(2), !bytes.isEmpty {
                // Cross-over: this input's head, the other's tail.
                bytes = Array(bytes[..<min(position, bytes.count)]) + other[start...]
            } else {
                bytes.insert(contentsOf: other[start..<start + length], at: position)
            }
        default:
            bytes.insert(rng.pick(Self.interesting), at: position)
        }
    }
}
