/// A small deterministic random generator (SplitMix64), so property tests are reproducible from their seed.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Pieces of hostile and ordinary text that property tests glue together at random.
public enum TextPieces {
    public static let pieces: [String] = [
        "review", "Cashback", "ｒｅｖｉｅｗ", "саshbасk", "c a s h", "r.e.v.i.e.w", "R**fund", "r3fund", "c@sh", "$ale",
        "好评返现", "好 评", "五星", "รีวิว5ดาว", "๕", "đánh giá", "réembolso", "리뷰 남겨", "レビュー★5", "👨‍👩‍👧‍👦",
        "🇻🇳", "e\u{301}", "\u{301}", "a\u{200B}b", "\u{200D}", "\u{FEFF}", "\u{202E}", "5️⃣", "⭐⭐", "🎁", "\u{E0041}",
        "\r\n", "\n", " ", "  ", ".", "!", "?", "。", "\u{FFFD}", "0812-3456-7890", "+62 812", "a@b.co", "www.x.com",
        "𝐟𝐫𝐞𝐞", "ﬁ", "①", "²", "ǅ", "İ", "ß", "ﷺ", "\u{0}", "\t", "'", "’", "*", "**", "@", "$5", "24h", "Привет",
        "καλό", "ο", "ا٣", "१२", "\u{1F3FB}", "ñ", "ก่", "ニ゙", "\u{E9}\u{301}\u{302}", "\u{0605}", "\u{1100}", "\u{1161}",
        "\u{11A8}", "क्", "ष",
    ]

    /// A random string of `count` pieces.
    public static func random(_ count: Int, using random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<count { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }
}
