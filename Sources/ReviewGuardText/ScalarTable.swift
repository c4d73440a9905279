/// Properties of every BMP code point the pipeline asks about, looked up once at start-up (a few milliseconds)
/// instead of per character: Unicode property lookups dominated the pipeline's cost. The emoji blocks of plane 1
/// (U+1F000-U+1FBFF, common in chat) have a small table of their own; other code points above the BMP fall back
/// to the standard library and ICU.
enum ScalarTable {
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let letter = Flags(rawValue: 1 << 0)
        static let mark = Flags(rawValue: 1 << 1)
        static let whitespace = Flags(rawValue: 1 << 2)
        static let changesWhenFolded = Flags(rawValue: 1 << 3)
        static let defaultIgnorable = Flags(rawValue: 1 << 4)
        static let decimalDigit = Flags(rawValue: 1 << 5)
        /// Never starts a grapheme cluster: extenders, spacing marks, joiners, variation selectors.
        static let extendsCluster = Flags(rawValue: 1 << 6)
        static let unspacedScript = Flags(rawValue: 1 << 7)
        static let numeric = Flags(rawValue: 1 << 8)
        /// General category Mc (a spacing mark stays with the letter before it, GB9a).
        static let spacingMark = Flags(rawValue: 1 << 9)
    }

    /// The emoji blocks of plane 1: pictographs, emoticons, symbols, regional indicators, skin tones.
    private static let emojiBlocks: Range<UInt32> = 0x1F000..<0x1FC00

    private static let emojiFlags: [UInt16] = emojiBlocks.map { value in
        Unicode.Scalar(value).map { compute($0).flags.rawValue } ?? 0
    }

    private static let table: (flags: [UInt16], scripts: [UInt8]) = {
        var flags = [UInt16](repeating: 0, count: 0x10000)
        var scripts = [UInt8](repeating: 0, count: 0x10000)
        // The big uniform blocks (Han ideographs, Hangul syllables) are filled by rule: looking up 30,000
        // identical answers would cost most of the start-up time.
        let uniform: [(ClosedRange<Int>, Int32)] = [(0x3400...0x4DBF, 17), (0x4E00...0x9FFF, 17), (0xAC00...0xD7A3, 18)]
        for (range, script) in uniform {
            let value: Flags = [.letter, .unspacedScript]
            for code in range {
                flags[code] = value.rawValue
                scripts[code] = UInt8(script)
            }
        }
        for value in 0..<0x10000 where !uniform.contains(where: { $0.0.contains(value) }) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let computed = compute(scalar)
            flags[value] = computed.flags.rawValue
            scripts[value] = UInt8(clamping: computed.script)
        }
        return (flags, scripts)
    }()

    private static func compute(_ scalar: Unicode.Scalar) -> (flags: Flags, script: Int32) {
        let properties = scalar.properties
        var flags = Flags()
        if properties.isAlphabetic { flags.insert(.letter) }
        let category = properties.generalCategory
        if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { flags.insert(.mark) }
        if category == .spacingMark { flags.insert(.spacingMark) }
        if properties.isWhitespace { flags.insert(.whitespace) }
        if properties.changesWhenNFKCCaseFolded { flags.insert(.changesWhenFolded) }
        if properties.isDefaultIgnorableCodePoint { flags.insert(.defaultIgnorable) }
        if properties.numericType == .decimal { flags.insert(.decimalDigit) }
        if properties.numericType != nil { flags.insert(.numeric) }
        if properties.isGraphemeExtend || scalar.value == 0x200D || category == .spacingMark || properties.isVariationSelector {
            flags.insert(.extendsCluster)
        }
        let script = ICU.scriptCode(of: scalar)
        if Script.isUnspaced(code: script) { flags.insert(.unspacedScript) }
        return (flags, script)
    }

    @inline(__always)
    static func flags(_ scalar: Unicode.Scalar) -> Flags {
        if scalar.value < 0x10000 { return Flags(rawValue: table.flags[Int(scalar.value)]) }
        if emojiBlocks.contains(scalar.value) { return Flags(rawValue: emojiFlags[Int(scalar.value - emojiBlocks.lowerBound)]) }
        return compute(scalar).flags
    }

    @inline(__always)
    static func script(_ scalar: Unicode.Scalar) -> Int32 {
        scalar.value < 0x10000 ? Int32(table.scripts[Int(scalar.value)]) : ICU.scriptCode(of: scalar)
    }
}
