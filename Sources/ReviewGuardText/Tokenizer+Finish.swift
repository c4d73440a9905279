/// The last step: drafts become tokens with their spans, sentences, scripts and folded (matcher) form.
extension Tokenizer {
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\n", "\r", "\u{3002}", "\u{2026}", "\u{061F}", "\u{0964}", "\u{2029}", "\u{2028}"]

    func finish(characters: CharacterIndex) -> (tokens: [Token], matchUnits: [MatchUnit]) {
        var tokens: [Token] = []
        var matchUnits: [MatchUnit] = []
        tokens.reserveCapacity(drafts.count)
        matchUnits.reserveCapacity(units.count)
        var sentence = 0
        var previousLast = -1
        for draft in drafts {
            if previousLast >= 0, draft.first > previousLast + 1,
                units[(previousLast + 1)..<draft.first].contains(where: { Self.sentenceEnds.contains($0.scalar) })
            {
                sentence += 1
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
            let text = Self.string(draft.units.lazy.map(\.scalar))
            let folded = Self.string(matchUnits[matchStart...].lazy.map(\.scalar))
            tokens.append(
                Token(
                    text: text,
                    folded: folded == text ? text : folded,
                    kind: kind,
                    span: characters.snap(Span(start: Int(lower), end: Int(upper))),
                    scripts: scripts.names,
                    transforms: transforms,
                    sentence: sentence,
                    isUnspacedScript: scripts.unspaced,
                    matchRange: matchStart..<matchUnits.count))
        }
        return (tokens, matchUnits)
    }

    /// A string from scalars, through one UTF-8 buffer (appending scalars to a String one by one is slow).
    private static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for scalar in scalars { bytes.append(contentsOf: scalar.utf8) }
        return String(decoding: bytes, as: UTF8.self)
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
        var folded: [MatchUnit] = []
        folded.reserveCapacity(units.count)
        for unit in units {
            if let replacement = LatinFolding.fold(unit.scalar) {
                transforms.insert(.accents)
                for scalar in replacement { folded.append(MatchUnit(scalar: scalar, start: unit.start, end: unit.end)) }
            } else {
                folded.append(MatchUnit(scalar: unit.scalar, start: unit.start, end: unit.end))
            }
        }
        // Doubled Latin letters are collapsed only in words (four letters or more, with a vowel): `goood` and
        // `good` meet, while abbreviations keep theirs (`cvv`, `sss`, `qq`, `cmm`).
        let letters = folded.lazy.filter { Unit.isLetter($0.scalar) }
        let isWord = letters.count >= 4 && letters.contains { "aeiouy".unicodeScalars.contains($0.scalar) }
        var index = 0
        while index < folded.count {
            let scalar = folded[index].scalar
            var end = index + 1
            while end < folded.count && folded[end].scalar == scalar { end += 1 }
            let run = end - index
            let isLatin = scalar.value < 0x250
            if Unit.isLetter(scalar) && (isLatin ? run >= 2 && (isWord || run >= 3) : run >= 3) {
                output.append(MatchUnit(scalar: scalar, start: folded[index].start, end: folded[end - 1].end))
                if run >= 3 { transforms.insert(.stretched) }
            } else {
                output.append(contentsOf: folded[index..<end])
            }
            index = end
        }
        return transforms
    }

    private static func scripts(of units: [Unit]) -> (names: [String], unspaced: Bool) {
        var codes: [Int32] = []
        var unspaced = false
        var spaced = false
        for unit in units where unit.isLetter {
            let code = unit.scalar.value < 0x80 ? Script.latin : ICU.scriptCode(of: unit.scalar)
            if code <= 1 { continue }  // Common, Inherited
            if !codes.contains(code) { codes.append(code) }
            if Script.unspacedCodes.contains(code) { unspaced = true } else { spaced = true }
        }
        return (codes.map(Script.name(ofCode:)), unspaced && !spaced)
    }
}
