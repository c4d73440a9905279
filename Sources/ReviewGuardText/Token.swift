/// One word of a message after normalization, with where it came from.
public struct Token: Sendable, Hashable {
    /// What the token is; contact details (phone numbers, e-mail addresses, links, `@handles`) are whole tokens.
    public enum Kind: String, Sendable, Hashable {
        case word, number, emoji, phone, email, url, handle
    }

    /// The normalized form: NFKC casefolded, invisible characters removed, look-alikes, leetspeak and spacing
    /// undone, digits ASCII. Accents are kept here; `folded` drops them.
    public var text: String
    /// The form the matcher compares: accents removed from Latin letters and repeated letters collapsed.
    public var folded: String
    public var kind: Kind
    /// Where the token is in the original text (UTF-8 bytes, grapheme-aligned).
    public var span: Span
    /// The scripts of the token's letters (ISO 15924 short names), Common and Inherited left out.
    public var scripts: [String] { scriptSet.names }
    /// The same, compactly (up to three scripts; more are rare enough to leave out).
    public var scriptSet: ScriptSet
    public var transforms: Transform
    /// The sentence the token belongs to, counted from 0.
    public var sentence: Int
    /// The clause the token belongs to, counted from 0: sentences split further at commas and semicolons, so a
    /// negation does not reach past them ("Don't waste your money, buy from ...").
    public var clause: Int = 0
    /// Whether every letter is of a script written without spaces between words (Han, Thai, kana, Hangul...).
    public var isUnspacedScript: Bool
    /// Where the token's folded form sits in `NormalizedText.matchUnits`.
    public var matchRange: Range<Int>
}
