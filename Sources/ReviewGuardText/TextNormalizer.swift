/// Turns a message into tokens a lexicon can match, each mapped back to the original text.
///
/// Not thread-safe (it owns ICU objects): use one per thread or job. Creating one costs a few microseconds.
public final class TextNormalizer {
    let breaker: WordBreaker

    public init() throws(ICUError) {
        breaker = try WordBreaker(locale: "")
    }

    /// Normalizes raw bytes: invalid UTF-8 becomes U+FFFD and is counted in `invalidUTF8Count`.
    public func normalize(bytes: some Collection<UInt8>) -> NormalizedText {
        let decoded = UTF8Repair.decode(bytes)
        return normalize(decoded.text, invalidUTF8Count: decoded.invalid)
    }

    /// Normalizes a string.
    public func normalize(_ text: String) -> NormalizedText {
        normalize(text, invalidUTF8Count: 0)
    }

    private func normalize(_ text: String, invalidUTF8Count: Int) -> NormalizedText {
        let characters = CharacterIndex(text)
        var folder = ScalarFolder(text)
        let units = folder.fold()
        var tokenizer = Tokenizer(units: units, normalizer: self, latinDominant: folder.isLatinDominant)
        let tokens = tokenizer.tokenize(characters: characters)
        return NormalizedText(
            original: text, tokens: tokens.tokens, matchUnits: tokens.matchUnits,
            invalidUTF8Count: invalidUTF8Count, characters: characters)
    }
}
