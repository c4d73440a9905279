/// What the normalizer undid to produce a token. Several of these are obfuscation signals.
public struct Transform: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Case or compatibility forms folded (NFKC_Casefold) beyond plain lowercasing: full-width, math letters...
    public static let compatibility = Transform(rawValue: 1 << 0)
    /// Zero-width or other invisible characters removed from inside the word.
    public static let invisible = Transform(rawValue: 1 << 1)
    /// Look-alike letters of another script replaced (UTS #39 skeleton).
    public static let homoglyph = Transform(rawValue: 1 << 2)
    /// Accents removed for matching (the token's `folded` form).
    public static let accents = Transform(rawValue: 1 << 3)
    /// Leetspeak undone (`r3fund` → `refund`).
    public static let leet = Transform(rawValue: 1 << 4)
    /// Letters written apart re-joined (`c a s h`, `r.e.v.i.e.w`, `好 评`).
    public static let spaced = Transform(rawValue: 1 << 5)
    /// Letters stretched by repetition collapsed for matching (`pleaseeee`).
    public static let stretched = Transform(rawValue: 1 << 6)
    /// Letters masked with `*` kept as wildcards (`r**fund`).
    public static let masked = Transform(rawValue: 1 << 7)
    /// Digits of another script or form made ASCII (`５`, `๕`).
    public static let digits = Transform(rawValue: 1 << 8)
    /// An emoji standing for a word (⭐ → star, `5️⃣` → 5).
    public static let emoji = Transform(rawValue: 1 << 9)
    /// Full-width or styled Latin letters (ｒｅｖｉｅｗ, 𝐟𝐫𝐞𝐞): a way to dodge filters.
    public static let styledLetters = Transform(rawValue: 1 << 10)

    /// The transforms that mean somebody disguised the text on purpose.
    public static let obfuscation: Transform = [.invisible, .homoglyph, .leet, .spaced, .masked, .styledLetters]

    /// Stable names, in a fixed order, for reports.
    public var names: [String] {
        Self.named.compactMap { contains($0.0) ? $0.1 : nil }
    }

    private static let named: [(Transform, String)] = [
        (.compatibility, "compatibility"), (.styledLetters, "styled-letters"), (.invisible, "invisible"),
        (.homoglyph, "homoglyph"), (.accents, "accents"), (.leet, "leet"), (.spaced, "spaced"),
        (.stretched, "stretched"), (.masked, "masked"), (.digits, "digits"), (.emoji, "emoji"),
    ]
}
