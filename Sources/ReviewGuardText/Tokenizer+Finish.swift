/// The last step: drafts become tokens with their spans, sentences, scripts and folded (matcher) form.
extension Tokenizer {
    /// Marks that always end a sentence, and ASCII ones that do only before a space or the end (`好.評.返.現`
    /// and `r.e.v` are one phrase spelled apart, not four sentences).
    private static let sentenceEnds: Set<Unicode.Scalar> = ["\n", "\r", "\u{3002}", "\u{2026}", "\u{061F}", "\u{0964}", "\u{2029}", "\u{2028}"]
    private static let spacedSentenceEnds: Set<Unicode.Scalar> = [".", "!", "?"]
    private static let clauseEnds: Set<Unicode.Scalar> = [",", ";", "\u{FF0C}", "\u{3001}", "\u{FF1B}", "\u{060C}"]

    private func endsSentence(_ gap: ArraySlice<Unit>, atEnd: Bool) -> Bool {
        if gap.contains(where: { Self.sentenceEnds.contains($0.scalar) }) { return true }
        guard let mark = gap.lastIndex(where: { Self.spacedSentenceEnds.contains($0.scalar) }) else { return false }
        return atEnd || gap[(mark + 1)...].contains { Tokenizer.isWhitespace($0.scalar) }
    }

    func finish(characters: CharacterIndex) -> (tokens: [Token], matchUnits: [MatchUnit]) {
        var tokens: [Token] = []
        var matchUnits: [MatchUnit] = []
        tokens.reserveCapacity(drafts.count)
        matchUnits.reserveCapacity(units.count)
        var sentence = 0
        var clause = 0
        var previousLast = -1
        for draft in drafts {
            if previousLast >= 0, draft.first > previousLast + 1 {
                let gap = units[(previousLast + 1)..<draft.first]
                if endsSentence(gap, atEnd: false) {
                    sentence += 1
                    clause += 1
                } else if gap.contains(where: { Self.clauseEnds.contains($0.scalar) }) {
                    clause += 1
                }
            }
            previousLast = max(previousLast, draft.last)
            let matchStart = matchUnits.count
            var transforms = draft.transforms
            for unit in draft.units { transforms.formUnion(unit.transforms) }
            let kind = self.kind(of: draft)
            if kind == .phone || kind == .email || kind == .url || kind == .handle {
                matchUnits.append(contentsOf: draft.units.map { MatchUnit(scalar: $0.scalar, start: $0.start, end: $0.end) })
            } else {
                transforms.formUnion(Self.appendFolded(draft.units, to: &matchUnits))
            }
            var lower = Int32.max
            var upper = Int32.min
            for unit in draft.units {
                lower = min(lower, unit.start)
                upper = max(upper, unit.end)
            }
            let scripts = Self.scripts(of: draft.units)
            let text = Self.string(draft.units, { $0.scalar })
            let folded = Self.string(matchUnits[matchStart...], { $0.scalar })
            tokens.append(
                Token(
                    text: text,
                    folded: folded == text ? text : folded,
                    kind: kind,
                    span: characters.snap(Span(start: Int(lower), end: Int(upper))),
                    scriptSet: scripts.set,
                    transforms: transforms,
                    sentence: sentence,
                    clause: clause,
                    isUnspacedScript: scripts.unspaced,
                    matchRange: matchStart..<matchUnits.count))
        }
        return (tokens, matchUnits)
    }

    /// A string from scalars, through one UTF-8 buffer (appending scalars to a String one by one is slow).
    @inline(__always)
    private static func string<C: RandomAccessCollection>(_ items: C, _ scalar: (C.Element) -> Unicode.Scalar) -> String {
        var capacity = 0
        for item in items { capacity += UTF8.width(scalar(item)) }
        if capacity <= 15, items.allSatisfy({ scalar($0).isASCII }) {
            // Small ASCII strings are stored inline; no buffer needed.
            var text = ""
            for item in items { text.unicodeScalars.append(scalar(item)) }
            return text
        }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for item in items {
                for byte in scalar(item).utf8 {
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }

    private func kind(of draft: Draft) -> Token.Kind {
        if draft.kind != .word { return draft.kind }
        if draft.units.allSatisfy({ $0.isDigit || $0.scalar == "." || $0.scalar == "," }) { return .number }
        if draft.units.allSatisfy({ $0.transforms.contains(.emoji) }) { return .emoji }
        return .word
    }

    /// Appends the matcher's form of a token: Latin accents removed, repeated letters collapsed (Latin letters
    /// to one, other letters when repeated three times or more). Returns the transforms that applied.
    private static func appendFolded(_ units: [Unit], to output: inout [MatchUnit]) -> Transform {
        var transforms = Transform()
        // Doubled Latin letters are collapsed only in words (four letters or more, with a vowel): `goood` and
        // `good` meet, while abbreviations keep theirs (`cvv`, `sss`, `qq`, `cmm`).
        var letters = 0
        var hasVowel = false
        for unit in units where unit.isLetter {
            letters += 1
            if !hasVowel, let base = LatinFolding.fold(unit.scalar)?.first ?? Optional(unit.scalar) {
                hasVowel = "aeiouy".unicodeScalars.contains(base)
            }
        }
        let isWord = letters >= 4 && hasVowel
        let start = output.count
        var run = 0
        func append(_ scalar: Unicode.Scalar, _ unit: Unit) {
            // Extend the previous unit over a repeat instead of adding one, when the repeat collapses.
            if let last = output.last, output.count > start, last.scalar == scalar, Unit.isLetter(scalar) {
                run += 1
                let isLatin = scalar.value < 0x250
                if isLatin ? (isWord || run >= 3) : run >= 3 {
                    if run >= 3 { transforms.insert(.stretched) }
                    if !isLatin && run == 3 {
                        output.removeLast()  // a non-Latin letter collapses only from three on: drop the second
                    }
                    output[output.count - 1].end = unit.end
                    return
                }
            } else {
                run = 1
            }
            output.append(MatchUnit(scalar: scalar, start: unit.start, end: unit.end))
        }
        for unit in units {
            if let replacement = LatinFolding.fold(unit.scalar) {
                transforms.insert(.accents)
                for scalar in replacement { append(scalar, unit) }
            } else {
                append(unit.scalar, unit)
            }
        }
        return transforms
    }

    private static func scripts(of units: [Unit]) -> (set: ScriptSet, unspaced: Bool) {
        var set = ScriptSet()
        var unspaced = false
        var spaced = false
        for unit in units where unit.isLetter {
            let code = unit.scalar.value < 0x80 ? Script.latin : ScalarTable.script(unit.scalar)
            if code <= 1 { continue }  // Common, Inherited
            set.insert(code)
            if Script.isUnspaced(code: code) { unspaced = true } else { spaced = true }
        }
        return (set, unspaced && !spaced)
    }
}
