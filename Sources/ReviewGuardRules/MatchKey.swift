import ReviewGuardText

/// The text the term automaton runs over: folded tokens joined by a space (a newline between sentences, nothing
/// between two tokens of scripts written without spaces), with a space wherever digits meet letters. Every byte
/// remembers its token and the original range it came from.
struct MatchKey {
    /// Where a byte of the key comes from.
    struct Origin {
        /// Token index, or -1 for separators.
        var token: Int32
        var start: Int32
        var end: Int32
        /// Whether the byte belongs to a script written without spaces (no word boundary needed there).
        var unspaced: Bool
    }

    var bytes: [UInt8] = []
    /// The origin of each byte (one array of small structs: one append per byte instead of four).
    var origins: [Origin] = []

    static let space: UInt8 = 0x20
    static let newline: UInt8 = 0x0A

    init(_ text: NormalizedText, resolveMask: (String) -> String?) {
        bytes.reserveCapacity(text.matchUnits.count * 2 + text.tokens.count)
        origins.reserveCapacity(text.matchUnits.count * 2 + text.tokens.count)
        for (index, token) in text.tokens.enumerated() {
            if index > 0 {
                let previous = text.tokens[index - 1]
                if previous.sentence != token.sentence {
                    appendSeparator(Self.newline, at: token.span.start)
                } else if !(previous.isUnspacedScript && token.isUnspacedScript) {
                    appendSeparator(Self.space, at: token.span.start)
                }
            }
            let units = text.matchUnits[token.matchRange]
            if token.transforms.contains(.masked), let resolved = resolveMask(token.folded) {
                for scalar in resolved.unicodeScalars {
                    append(scalar, token: index, unspaced: false, start: Int32(token.span.start), end: Int32(token.span.end))
                }
                continue
            }
            var previousIsDigit: Bool?
            for unit in units {
                let value = unit.scalar.value
                let isDigit = value >= 0x30 && value <= 0x39
                let isLetter = value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : unit.isLetter
                if let previousIsDigit, isDigit || isLetter, previousIsDigit != isDigit, token.kind == .word {
                    appendSeparator(Self.space, at: Int(unit.start))
                }
                if isDigit || isLetter { previousIsDigit = isDigit }
                append(unit.scalar, token: index, unspaced: token.isUnspacedScript, start: unit.start, end: unit.end)
            }
        }
    }

    private mutating func appendSeparator(_ byte: UInt8, at offset: Int) {
        bytes.append(byte)
        origins.append(Origin(token: -1, start: Int32(offset), end: Int32(offset), unspaced: false))
    }

    private mutating func append(_ scalar: Unicode.Scalar, token index: Int, unspaced isUnspaced: Bool, start: Int32, end: Int32) {
        let origin = Origin(token: Int32(index), start: start, end: end, unspaced: isUnspaced)
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
            origins.append(origin)
            return
        }
        for byte in scalar.utf8 {
            bytes.append(byte)
            origins.append(origin)
        }
    }

    /// Whether a term may start at `position` (a word boundary, or inside a script without spaces).
    func isBoundary(before position: Int) -> Bool {
        position == 0 || origins[position - 1].token < 0 || origins[position - 1].unspaced || origins[position].unspaced
    }

    /// Whether a term may end at `position` (exclusive).
    func isBoundary(after position: Int) -> Bool {
        position >= bytes.count || origins[position].token < 0 || origins[position].unspaced || origins[position - 1].unspaced
    }
}
