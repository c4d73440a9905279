/// Turns seed inputs into new ones the way coverage-blind fuzzers do: flip, insert, delete, repeat and splice
/// bytes, and insert pieces that matter to ReviewGuard's parsers (quotes, delimiters, brackets, disguises).
struct Mutator {
    static let dictionary: [[UInt8]] = [
        "\"", ",", ";", "\t", "\n", "\r\n", "{", "}", "[", "]", ":", "\\", "\\u0000", "\\ud800", "null", "true", "1e999",
        "review", "5 stars", "refund", "cashback", "WhatsApp", "0812-3456-7890", "www.x.co", "@shop", "$5", "RM30", "好评返现",
        "รีวิว", "đánh giá", "리뷰", "レビュー", "c a s h", "r3fund", "R**fund", "ｒｅｖｉｅｗ", "саshbасk", "\u{200B}", "\u{301}",
        "👍🏽", "⭐⭐⭐⭐⭐", "5️⃣", "🇻🇳", "schema: reviewguard-snapshot/1\n", "store: a\n", "concepts:\n", "  review:\n", "    - \"x*\"\n",
        "rules:\n", "  - id: x\n", "password: ", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF123ghiJKL", "\u{1F}", "2026-11-25T10:00:00+07:00",
    ].map { Array($0.utf8) }

    var random: SplitMix

    mutating func mutate(_ input: [UInt8], splice other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + random.below(4)) {
            switch random.below(7) {
            case 0 where !bytes.isEmpty:
                bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
            case 1:
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: random.below(bytes.count + 1))
            case 2 where !bytes.isEmpty:
                let start = random.below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(16)))
            case 3 where !bytes.isEmpty:
                let start = random.below(bytes.count)
                let piece = bytes[start..<min(bytes.count, start + 1 + random.below(32))]
                bytes.insert(contentsOf: Array(repeating: piece, count: 1 + random.below(8)).joined(), at: random.below(bytes.count + 1))
            case 4 where !other.isEmpty:
                let cut = random.below(bytes.count + 1)
                bytes = Array(bytes[..<cut]) + other[random.below(other.count)...]
            default:
                bytes.insert(contentsOf: Self.dictionary[random.below(Self.dictionary.count)], at: random.below(bytes.count + 1))
            }
        }
        return bytes.count > 1 << 16 ? Array(bytes.prefix(1 << 16)) : bytes
    }
}

/// SplitMix64: small, fast and reproducible from its seed.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
}
