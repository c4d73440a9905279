/// Emoji that stand for words, mapped to the English word a lexicon can match. A run of star emoji becomes
/// "N star". Emoji not listed here are not words: they separate tokens and are otherwise ignored.
enum EmojiWords {
    static let stars: Set<UInt32> = [0x2B50, 0x1F31F, 0x2605, 0x2728, 0x1F320, 0x272A, 0x272D, 0x272E, 0x2730]
    /// ☆: an empty place on a rating scale (`★★☆☆☆`), or a star when it stands alone (`☆5`).
    static let whiteStar: UInt32 = 0x2606

    static func isStar(_ value: UInt32) -> Bool { value == whiteStar || stars.contains(value) }

    static let words: [UInt32: String] = [
        0x1F381: "gift", 0x1F4B0: "cash", 0x1F4B5: "cash", 0x1F4B8: "cash", 0x1F4B4: "cash", 0x1F4B6: "cash",
        0x1F4B7: "cash", 0x1F911: "cash", 0x1F4B2: "cash", 0x1F9E7: "red packet", 0x1F4F1: "phone",
        0x1F4DE: "phone", 0x260E: "phone", 0x1F4F2: "phone", 0x1F4AC: "chat", 0x1F5E8: "chat",
        0x1F44D: "good", 0x2764: "love", 0x1F496: "love", 0x1F495: "love", 0x1F970: "love", 0x1F60D: "love",
        0x2705: "ok", 0x2714: "ok", 0x1F4E7: "email", 0x2709: "email", 0x1F4E9: "email", 0x1F517: "link",
        0x1F4B3: "card", 0x1F3E6: "bank", 0x1F4AF: "100", 0x1F39F: "ticket", 0x1F3AB: "ticket",
        0x274C: "no", 0x1F6AB: "no", 0x1F44E: "unhappy", 0x1F622: "unhappy", 0x1F4DD: "review", 0x270D: "write",
        0x1F615: "unhappy", 0x1F641: "unhappy", 0x2639: "unhappy", 0x1F61E: "unhappy", 0x1F620: "unhappy",
        0x1F621: "unhappy", 0x1F643: "eyeroll", 0x1F644: "eyeroll", 0x1F612: "eyeroll", 0x27A1: "to", 0x2192: "to", 0x21D2: "to", 0x2B95: "to",
    ]

    /// Whether a code point lies in the blocks where the mapped emoji live (a cheap test before the lookups).
    @inline(__always)
    static func mayBeWord(_ value: UInt32) -> Bool { value >= 0x2190 && (value <= 0x2BFF || value >= 0x1F000) }

    /// Scalars that decorate the previous emoji (variation selectors, skin tones, keycap) and carry no word.
    @inline(__always)
    static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE0E, 0xFE0F, 0x1F3FB...0x1F3FF, 0x20E3: return true
        default: return false
        }
    }
}
