/// The last step: drafts become tokens with their spans, sentences, scripts and folded (matcher) form.
extension Tokenizer {
    /// Marks that always end a sentence, and ASCII ones that do only before a space or the end (`好.評.返.現`
    /// and `r.e.v` are one phrase spelled apart, not four sentences).
    /// (Switches rather than sets: these are asked for every unit between tokens, and hashing costs more.)
    @inline(__always)
    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x3002, 0x2026, 0x061F, 0x0964, 0x2029, 0x2028, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    @inline(__always)
    private static func isSpacedSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?"
    }

    @inline(__always)
    private static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x3B, 0xFF0C, 0x3001, 0xFF1B, 0x060C: return true
        default: return false
        }
    }

    /// - Parameter beforeUnspaced: the next word is in a script written without spaces, where `!` and `?` end a
    ///   sentence without one (`完了しました!それと`).
    private func endsSentence(_ gap: ArraySlice<Unit>, atEnd: Bool, beforeUnspaced: Bool = false) -> Bool {
        if gap.contains(where: { Self.isSentenceEnd($0.scalar) }) { return true }
        guard let mark = gap.lastIndex(where: { Self.isSpacedSentenceEnd($0.scalar) }) else { return false }
        let after = gap[(mark + 1)...]
        // "(any rating!) and get 15% off": a mark inside brackets ends nothing.
        if after.contains(where: { $0.scalar == ")" || $0.scalar == "）" }) { return false }
        if beforeUnspaced && gap[mark].scalar != "." { return true }
        return atEnd || after.contains { Tokenizer.isWhitespace($0.scalar) }
    }

    @inline(__always)
    private static func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E00...0x0E7F).contains(scalar.value) }

    /// Han, kana, Hangul and Thai: scripts whose sentences follow `!` without a space.
    @inline(__always)
    private static func isUnspacedStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    func finish(characters: CharacterIndex) -> (tokens: [Token], matchUnits: [MatchUnit]) {
        var tokens: [Token] = []
        var matchUnits: [MatchUnit] = []
        tokens.reserveCapacity(drafts.count)
        matchUnits.reserveCapacity(units.count)
        var sentence = 0
        var clause = 0
        var previousLast = -1
        var previousThai = false
        for draft in drafts {
            let draftUnits = units(of: draft)
            let thai = draftUnits.first.map { Self.isThai($0.scalar) } ?? false
            if previousLast >= 0, draft.first > previousLast + 1 {
                let gap = units[(previousLast + 1)..<draft.first]
                if endsSentence(gap, atEnd: false, beforeUnspaced: draftUnits.first.map { Self.isUnspacedStart($0.scalar) } ?? false) {
                    sentence += 1
                    clause += 1
                } else if gap.contains(where: { Self.isClauseEnd($0.scalar) })
                    // Thai puts a space where other languages put a comma: "ส่งไม่ทันค่ะ รบกวนกดยกเลิก".
                    || (thai && previousThai && gap.contains { Tokenizer.isWhitespace($0.scalar) })
                {
                    clause += 1
                }
            }
            previousThai = draftUnits.last.map { Self.isThai($0.scalar) } ?? false
            previousLast = max(previousLast, draft.last)
            let matchStart = matchUnits.count
            var transforms = draft.transforms
            var lower = Int32.max
            var upper = Int32.min
            for unit in draftUnits {
                transforms.formUnion(unit.transforms)
                lower = min(lower, unit.start)
                upper = max(upper, unit.end)
            }
            let kind = Self.kind(of: draft, draftUnits)
            if kind == .phone || kind == .email || kind == .url || kind == .handle {
                for unit in draftUnits { matchUnits.append(MatchUnit(scalar: unit.scalar, start: unit.start, end: unit.end)) }
            } else {
                transforms.formUnion(Self.appendFolded(draftUnits, to: &matchUnits))
            }
            let scripts = Self.scripts(of: draftUnits)
            let text = Self.string(draftUnits, { $0.scalar })
            // Most tokens fold to themselves: then the text is shared instead of built twice.
            let unchanged = matchUnits[matchStart...].elementsEqual(draftUnits, by: { $0.scalar == $1.scalar })
            let folded = unchanged ? text : Self.string(matchUnits[matchStart...], { $0.scalar })
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

    /// A string from scalars, through one UTF-8 buffer (appending scalars to a String one by one is slow; up to
    /// 15 bytes the buffer is on the stack and the string is stored inline).
    @inline(__always)
    private static func string<C: RandomAccessCollection>(_ items: C, _ scalar: (C.Element) -> Unicode.Scalar) -> String {
        var capacity = 0
        for item in items { capacity += UTF8.width(scalar(item)) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for item in items {
                let value = scalar(item)
                if value.isASCII {
                    buffer[index] = UInt8(truncatingIfNeeded: value.value)
                    index += 1
                    continue
                }
                for byte in value.utf8 {
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }

    private static func kind(of draft: Draft, _ units: ArraySlice<Unit>) -> Token.Kind {
        if draft.kind != .word { return draft.kind }
        if units.allSatisfy({ $0.isDigit || $0.scalar == "." || $0.scalar == "," }) { return .number }
        if units.allSatisfy({ $0.transforms.contains(.emoji) }) { return .emoji }
        return .word
    }

    /// Appends the matcher's form of a token: Latin accents removed, repeated letters collapsed (Latin letters
    /// to one, other letters when repeated three times or more). Returns the transforms that applied.
    private static func appendFolded(_ units: ArraySlice<Unit>, to output: inout [MatchUnit]) -> Transform {
        var transforms = Transform()
        // Doubled Latin letters are collapsed only in words (four letters or more, with a vowel): `goood` and
        // `good` meet, while abbreviations keep theirs (`cvv`, `sss`, `qq`, `cmm`).
        var letters = 0
        var hasVowel = false
        for unit in units where unit.isLetter {
            letters += 1
            if !hasVowel {
                switch LatinFolding.fold(unit.scalar)?.first ?? unit.scalar {
                case "a", "e", "i", "o", "u", "y": hasVowel = true
                default: break
                }
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

    private static func scripts(of units: ArraySlice<Unit>) -> (set: ScriptSet, unspaced: Bool) {
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
