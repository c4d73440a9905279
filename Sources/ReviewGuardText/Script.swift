/// Scripts of letters, and which scripts are written without spaces between words.
enum Script {
    /// ICU script codes (UScriptCode) of the scripts written without spaces between words, and Hangul, whose
    /// spacing varies so much that the matcher ignores it too.
    static let unspacedCodes: Set<Int32> = [
        17,  // Hani
        20,  // Hira
        22,  // Kana
        38,  // Thai
        24,  // Laoo
        23,  // Khmr
        28,  // Mymr
        18,  // Hang
    ]

    @inline(__always)
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x0E00 { return false }
        return unspacedCodes.contains(ICU.scriptCode(of: scalar))
    }

    /// The ISO 15924 name of a letter's script, or nil for Common and Inherited.
    static func name(of scalar: Unicode.Scalar) -> String? {
        if scalar.value < 0x80 { return Unit.isLetter(scalar) ? "Latn" : nil }
        let code = ICU.scriptCode(of: scalar)
        return code <= 1 ? nil : ICU.scriptName(code)
    }
}
