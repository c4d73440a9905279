/// Scripts of letters, and which scripts are written without spaces between words.
enum Script {
    @inline(__always)
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x0E00 { return false }
        return ScalarTable.flags(scalar).contains(.unspacedScript)
    }

    /// Whether an ICU script code (UScriptCode) is of a script written without spaces between words (Han,
    /// Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), or Hangul, whose spacing varies so much that the matcher
    /// ignores it too.
    @inline(__always)
    static func isUnspaced(code: Int32) -> Bool {
        switch code {
        case 17, 18, 20, 22, 23, 24, 28, 38: return true  // Hani, Hang, Hira, Kana, Khmr, Laoo, Mymr, Thai
        default: return false
        }
    }

    static let latin: Int32 = 25

    /// ISO 15924 names of the scripts met so far, by ICU code (names are looked up once per code).
    private static let names: [String] = (0..<200).map { ICU.scriptName(Int32($0)) }

    /// The ISO 15924 name of an ICU script code, e.g. "Latn".
    static func name(ofCode code: Int32) -> String {
        code >= 0 && Int(code) < names.count ? names[Int(code)] : ICU.scriptName(code)
    }
}
