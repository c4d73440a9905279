/// Accent removal for Latin letters only: `é` → `e`, `đ` → `d`, `ư` → `u`. Other scripts keep their marks
/// (a Japanese dakuten or a Thai vowel sign is part of the letter, not an accent).
enum LatinFolding {
    /// The ASCII letters a Latin letter folds to (one to four), packed into one integer so that looking them up
    /// is an array index, not a hash.
    struct Letters: Sequence, IteratorProtocol {
        fileprivate var packed: UInt32

        var first: Unicode.Scalar? { packed == 0 ? nil : Unicode.Scalar(UInt8(truncatingIfNeeded: packed)) }

        mutating func next() -> Unicode.Scalar? {
            guard packed != 0 else { return nil }
            defer { packed >>= 8 }
            return Unicode.Scalar(UInt8(truncatingIfNeeded: packed))
        }
    }

    /// The code points that may fold lie below this bound.
    private static let limit: UInt32 = 0xA800

    /// Folded forms of the Latin letters that change, computed once from ICU's NFD, indexed by code point.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(limit))
        func store(_ value: UInt32, _ folded: some Sequence<Unicode.Scalar>) {
            var packed: UInt32 = 0
            var shift: UInt32 = 0
            for scalar in folded {
                precondition(scalar.isASCII && scalar.value != 0 && shift < 32, "a Latin folding longer than four letters")
                packed |= scalar.value << shift
                shift += 8
            }
            table[Int(value)] = packed
        }
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), let decomposed = try? ICU.nfd(Array(String(scalar).utf16))
                else { continue }
                let base = String(decoding: decomposed, as: UTF16.self).unicodeScalars
                    .filter { $0.properties.generalCategory != .nonspacingMark }
                if base.count > 0, Array(base) != [scalar], base.allSatisfy({ $0.isASCII }) {
                    store(value, base)
                }
            }
        }
        let special: [(UInt32, String)] = [
            (0x0111, "d"), (0x0110, "d"), (0x00F0, "d"), (0x00F8, "o"), (0x0142, "l"), (0x0127, "h"),
            (0x0131, "i"), (0x00E6, "ae"), (0x0153, "oe"), (0x00FE, "th"), (0x00DF, "ss"), (0x0180, "b"),
            (0x01B4, "y"), (0x0192, "f"),
        ]
        for (value, folded) in special { store(value, folded.unicodeScalars) }
        return table
    }()

    /// The folded form of one scalar, or nil when it stays as it is.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Letters? {
        guard scalar.value >= 0xC0 && scalar.value < limit else { return nil }
        let packed = table[Int(scalar.value)]
        return packed == 0 ? nil : Letters(packed: packed)
    }
}
