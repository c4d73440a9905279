import ReviewGuardText

/// The text the term automaton runs over: folded tokens joined by a space (a newline between sentences, nothing
/// between two tokens of scripts written without spaces), with a space wherever digits meet letters. Every byte
/// remembers its token and the original range it came from.
struct MatchKey {
    var bytes: [UInt8] = []
    /// Token index of each byte, or -1 for separators.
    var token: [Int32] = []
    /// Whether the byte belongs to a script written without spaces (no word boundary needed there).
    var unspaced: [Bool] = []
    var originStart: [Int32] = []
    var originEnd: [Int32] = []

    static let space: UInt8 = 0x20
    static let newline: UInt8 = 0x0A

    init(_ text: NormalizedText, resolveMask: (String) -> String?) {
        bytes.reserveCapacity(text.matchUnits.count + text.tokens.count)
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
                let isLetter = value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : unit.scalar.properties.isAlphabetic
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
        token.append(-1)
        unspaced.append(false)
        originStart.append(Int32(offset))
        originEnd.append(Int32(offset))
    }

    private mutating func append(_ scalar: Unicode.Scalar, token index: Int, unspaced isUnspaced: Bool, start: Int32, end: Int32) {
        for byte in scalar.utf8 {
            bytes.append(byte)
            token.append(Int32(index))
            unspaced.append(isUnspaced)
            originStart.append(start)
            originEnd.append(end)
        }
    }

    /// Whether a term may start at `position` (a word boundary, or inside a script without spaces).
    func isBoundary(before position: Int) -> Bool {
        position == 0 || token[position - 1] < 0 || unspaced[position - 1] || unspaced[position]
    }

    /// Whether a term may end at `position` (exclusive).
    func isBoundary(after position: Int) -> Bool {
        position >= bytes.count || token[position] < 0 || unspaced[position] || unspaced[position - 1]
    }
}
