/// A message after normalization: its tokens, each pointing into the original text.
public struct NormalizedText: Sendable {
    /// The text as given (with invalid UTF-8 already replaced by U+FFFD).
    public let original: String
    public let tokens: [Token]
    /// The folded form of every token, scalar by scalar, each with the original UTF-8 range it came from.
    public let matchUnits: [MatchUnit]
    /// How many invalid UTF-8 sequences were replaced by U+FFFD when the input was raw bytes.
    public let invalidUTF8Count: Int
    /// Maps UTF-8 offsets of `original` to Character offsets.
    public let characters: CharacterIndex

    /// The normalized text: token texts joined by one space.
    public var text: String { tokens.map(\.text).joined(separator: " ") }

    /// The excerpt of the original covered by a span.
    public func excerpt(_ span: Span) -> Substring {
        let utf8 = original.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
        let upper = utf8.index(lower, offsetBy: span.end - span.start)
        return original[lower..<upper]
    }

    /// The span in Character offsets of the original.
    public func characterRange(_ span: Span) -> Range<Int> {
        characters.characterOffset(ofUTF8: span.start)..<characters.characterOffset(ofUTF8: span.end)
    }
}
