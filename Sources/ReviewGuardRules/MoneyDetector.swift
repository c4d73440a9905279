import ReviewGuardText

/// Amounts of money (`$5`, `RM5`, `Rp5.000`, `20k`, `15 €`, `5元`, `200฿`): a benefit as much as the word
/// "cashback" is, in every language. Found from the number tokens and the currency signs or words around them.
enum MoneyDetector {
    static let symbols: Set<Unicode.Scalar> = ["$", "€", "£", "¥", "₱", "₫", "฿", "₩", "₹", "元", "円", "원", "块", "đ", "%"]
    static let words: Set<String> = [
        "rm", "rp", "php", "usd", "eur", "euro", "euros", "idr", "vnd", "thb", "myr", "sgd", "peso", "pesos",
        "reais", "real", "baht", "บาท", "ringgit", "rupiah", "dong", "đồng", "dollar", "dollars", "yen", "won", "mxn", "brl",
        "k", "rb", "ribu", "jt", "juta", "nghin", "nghìn", "ngan", "ngàn", "xu", "sen", "원", "만원", "천원", "万", "萬",
        "元", "円", "块", "塊", "บาท", "万円", "千円",
    ]
    /// A number glued to its currency: `rm5`, `5rb`, `20k`, `50rm`.
    static let gluedPrefixes = ["rm", "rp", "php", "usd", "r"]
    static let gluedSuffixes = ["k", "rb", "jt", "rm", "đ", "d", "vnd", "eur", "usd", "baht"]

    /// The money tokens and their spans, widened over an adjacent currency sign (`$5`, `10元`).
    static func amounts(in text: NormalizedText) -> [(token: Int, span: Span)] {
        var result: [(Int, Span)] = []
        var original = text.original
        original.makeContiguousUTF8()
        original.utf8.withContiguousStorageIfAvailable { utf8 in
            for (index, token) in text.tokens.enumerated() where token.kind != .phone && hasDigit(token.text) {
                if let span = symbolSpan(around: token.span, in: utf8) {
                    // "100%" is "completely" ("100% satisfied"), not an amount; "100% refund" is a refund already.
                    if token.text == "100" && utf8[span.end - 1] == UInt8(ascii: "%") { continue }
                    result.append((index, span))
                } else if isGlued(token.text)
                    || (index > 0 && isCurrencyWord(text.tokens[index - 1].text) && text.tokens[index - 1].span.end + 2 >= token.span.start)
                    || (index + 1 < text.tokens.count && isCurrencyWord(text.tokens[index + 1].text) && token.span.end + 2 >= text.tokens[index + 1].span.start)
                {
                    result.append((index, token.span))
                }
            }
        }
        return result
    }

    @inline(__always)
    private static func hasDigit(_ text: String) -> Bool { text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether a token is a currency word (the longest, `ringgit`, has 7 letters; `만원`, 6 bytes).
    @inline(__always)
    private static func isCurrencyWord(_ text: String) -> Bool { text.utf8.count <= 9 && words.contains(text) }

    private static func isGlued(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0.value < 0x30 || $0.value > 0x39 }) else { return false }
        for prefix in gluedPrefixes where text.hasPrefix(prefix) {
            if text.dropFirst(prefix.count).allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { return true }
        }
        for suffix in gluedSuffixes where text.hasSuffix(suffix) {
            let digits = text.dropLast(suffix.count)
            if !digits.isEmpty && digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { return true }
        }
        return false
    }

    /// The span of the number with a currency sign right before or after it (a space between is allowed).
    private static func symbolSpan(around span: Span, in utf8: UnsafeBufferPointer<UInt8>) -> Span? {
        var start = span.start
        if start > 0 && utf8[start - 1] == 0x20 { start -= 1 }
        if start > 0 {
            var lower = start - 1
            while lower > 0 && utf8[lower] & 0xC0 == 0x80 { lower -= 1 }
            if let sign = UTF8Repair.scalar(in: utf8, at: lower), symbols.contains(sign) {
                return Span(start: lower, end: span.end)
            }
        }
        var end = span.end
        if end < utf8.count && utf8[end] == 0x20 { end += 1 }
        if end < utf8.count {
            var upper = end + 1
            while upper < utf8.count && utf8[upper] & 0xC0 == 0x80 { upper += 1 }
            // `đ` is the dong only on its own: `100 đánh giá` (100 reviews) and `2 đơn` (2 orders) are words.
            if let sign = UTF8Repair.scalar(in: utf8, at: end), symbols.contains(sign), !(sign == "đ" && startsWord(in: utf8, at: upper)) {
                return Span(start: span.start, end: upper)
            }
        }
        return nil
    }

    /// Whether a letter starts at `offset`.
    private static func startsWord(in utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < utf8.count, let next = UTF8Repair.scalar(in: utf8, at: offset) else { return false }
        return next.properties.isAlphabetic
    }
}
