/// A text with an expected span marked `⟦...⟧`, as rule examples are written.
public struct MarkedText: Sendable {
    public let text: String
    /// The marked range in Characters, or nil when the example has no markers.
    public let marked: Range<Int>?

    public init(_ source: String) {
        var text = ""
        var start: Int?
        var end: Int?
        var count = 0
        for character in source {
            if character == "⟦" {
                start = count
            } else if character == "⟧" {
                end = count
            } else {
                text.append(character)
                count += 1
            }
        }
        self.text = text
        marked = start.flatMap { lower in end.map { lower..<$0 } }
    }
}

/// Text variants that must not change what a rule finds.
public enum TextVariants {
    /// ASCII letters and digits turned into their full-width forms (ｒｅｖｉｅｗ).
    public static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let isAlphanumeric = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            return isAlphanumeric ? Unicode.Scalar(value + 0xFEE0)! : scalar
        }))
    }

    /// A prefix of multi-byte graphemes (ZWJ emoji with a skin tone, a combining mark, Hangul).
    public static let multiBytePrefix = "👩🏽‍💻 e\u{301} 한국 "
}
