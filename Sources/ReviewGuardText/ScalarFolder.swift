/// Stage one of normalization: the original scalars become normalized units (NFKC_Casefold through ICU, digits
/// made ASCII, emoji words spelled out), each carrying the original UTF-8 range it came from.
struct ScalarFolder {
    private let scalars: [Unicode.Scalar]
    private let offsets: [Int32]
    private var units: [Unit] = []
    private var pendingInvisible = false
    private var latinLetters = 0
    private var otherConfusableLetters = 0

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// More Latin letters than Cyrillic and Greek ones: look-alike words are then read as Latin.
    var isLatinDominant: Bool { latinLetters > otherConfusableLetters }

    mutating func fold() -> [Unit] {
        units.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.value < 0x80 && !combinesWithNext(index) {
                emitASCII(scalar, at: index)
                index += 1
            } else if EmojiWords.mayBeWord(scalar.value) && EmojiWords.isStar(scalar.value) {
                index = emitStarRun(from: index)
            } else if EmojiWords.mayBeWord(scalar.value), let word = EmojiWords.words[scalar.value] {
                index = emitEmojiWord(word, from: index)
            } else if scalar.value == 0x20E3 {
                markKeycap(at: index)
                index += 1
            } else if !ScalarTable.flags(scalar).contains(.changesWhenFolded) && !combinesWithNext(index) {
                emit(scalar, from: index, to: index + 1, transforms: [])
                index += 1
            } else {
                index = normalizeSegment(from: index)
            }
        }
        return units
    }

    @inline(__always)
    private func combinesWithNext(_ index: Int) -> Bool {
        index + 1 < scalars.count && scalars[index + 1].value >= 0x300
            && !ICU.hasNormalizationBoundaryBefore(scalars[index + 1])
    }

    @inline(__always)
    private mutating func emitASCII(_ scalar: Unicode.Scalar, at index: Int) {
        var value = scalar.value
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        emit(Unicode.Scalar(value)!, from: index, to: index + 1, transforms: [])
    }

    /// Normalizes the segment starting at `index` up to the next normalization boundary with ICU.
    private mutating func normalizeSegment(from index: Int) -> Int {
        var end = index + 1
        while end < scalars.count && !ICU.hasNormalizationBoundaryBefore(scalars[end]) { end += 1 }
        var utf16: [UInt16] = []
        for scalar in scalars[index..<end] { utf16.append(contentsOf: scalar.utf16) }
        guard let folded = try? ICU.nfkcCasefold(utf16) else {
            for position in index..<end { emit(scalars[position], from: position, to: position + 1, transforms: []) }
            return end
        }
        let output = String(decoding: folded, as: UTF16.self).unicodeScalars
        if output.isEmpty {
            pendingInvisible = pendingInvisible || scalars[index..<end].contains { ScalarTable.flags($0).contains(.defaultIgnorable) }
            return end
        }
        var transforms = Transform()
        let segment = scalars[index..<end]
        if segment.contains(where: { ScalarTable.flags($0).contains(.defaultIgnorable) }) {
            // An invisible character glued to a visible one (`a\u{200B}`, `5\u{FE0F}`): only its removal counts.
            if segment.count > 1, segment.dropFirst().allSatisfy({ ScalarTable.flags($0).contains(.defaultIgnorable) }),
                Unit.isLetter(segment.first!), segment.dropFirst().contains(where: { $0.value != 0xFE0F && $0.value != 0xFE0E })
            {
                transforms.insert(.invisible)
            }
        } else if isStyledLetter(scalars[index]) {
            transforms.insert(.styledLetters)
        } else if !isPlainCaseChange(scalars[index..<end], output) {
            transforms.insert(.compatibility)
        }
        for scalar in output { emit(scalar, from: index, to: end, transforms: transforms) }
        return end
    }

    private func isPlainCaseChange(_ input: ArraySlice<Unicode.Scalar>, _ output: String.UnicodeScalarView) -> Bool {
        let lowered = String(String.UnicodeScalarView(input)).lowercased()
        return lowered.unicodeScalars.elementsEqual(output)
    }

    /// Full-width, mathematical, circled and squared Latin letters: styles nobody types by accident.
    private func isStyledLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0x1D400...0x1D6A3, 0x24B6...0x24E9, 0x1F130...0x1F189: return true
        default: return false
        }
    }

    /// A run of stars is a rating: `⭐⭐⭐⭐⭐` is "5 star"; white stars are the empty places of a scale
    /// (`★☆☆☆☆` is "1 star"), or a star on their own (`☆5`).
    private mutating func emitStarRun(from index: Int) -> Int {
        var count = 0
        var empty = 0
        var position = index
        var lastStarEnd = index
        while position < scalars.count {
            let scalar = scalars[position]
            if EmojiWords.stars.contains(scalar.value) {
                count += 1
                lastStarEnd = position + 1
            } else if scalar.value == EmojiWords.whiteStar {
                empty += 1
                lastStarEnd = position + 1
            } else if !(EmojiWords.isDecoration(scalar) || scalar == " ") {
                break
            }
            position += 1
        }
        while lastStarEnd < scalars.count && EmojiWords.isDecoration(scalars[lastStarEnd]) { lastStarEnd += 1 }
        emitWord(count > 1 || (count == 1 && empty > 0) ? "\(count) star" : "star", from: index, to: lastStarEnd)
        return lastStarEnd
    }

    private mutating func emitEmojiWord(_ word: String, from index: Int) -> Int {
        var end = index + 1
        while end < scalars.count {
            if EmojiWords.isDecoration(scalars[end]) {
                end += 1
            } else if scalars[end].value == 0x200D && end + 1 < scalars.count {
                end += 2  // a ZWJ sequence is one emoji
            } else {
                break
            }
        }
        emitWord(word, from: index, to: end)
        return end
    }

    private mutating func emitWord(_ word: String, from start: Int, to end: Int) {
        emit(" ", from: start, to: end, transforms: [])
        for scalar in word.unicodeScalars { emit(scalar, from: start, to: end, transforms: .emoji) }
        emit(" ", from: start, to: end, transforms: [])
    }

    /// `5️⃣`: the keycap mark makes the digit before it an emoji digit.
    private mutating func markKeycap(at index: Int) {
        guard let last = units.indices.last, units[last].isDigit else { return }
        units[last].transforms.insert(.emoji)
        units[last].end = offsets[index + 1]
    }

    @inline(__always)
    private mutating func emit(_ scalar: Unicode.Scalar, from start: Int, to end: Int, transforms: Transform) {
        var scalar = scalar
        var transforms = transforms
        if scalar.value >= 0x80 {
            if ScalarTable.flags(scalar).contains(.decimalDigit), let digit = ICU.digitValue(of: scalar) {
                scalar = Unicode.Scalar(UInt8(0x30 + digit))
                transforms.insert(.digits)
            } else if scalar.value == 0x2019 || scalar.value == 0x2018 || scalar.value == 0x02BC {
                scalar = "'"
            }
        }
        if !scalars[start].isASCII, scalar.isASCII, (0x30...0x39).contains(scalar.value), !transforms.contains(.emoji),
            ScalarTable.flags(scalars[start]).contains(.decimalDigit)
        {
            transforms.insert(.digits)
        }
        let unit = Unit(scalar: scalar, start: offsets[start], end: offsets[end], transforms: transforms)
        if unit.isLetter { countScript(scalar) }
        if pendingInvisible {
            pendingInvisible = false
            if unit.isLetter, let last = units.indices.last, units[last].isLetter {
                units[last].transforms.insert(.invisible)
                units.append(Unit(scalar: scalar, start: unit.start, end: unit.end, transforms: transforms.union(.invisible)))
                return
            }
        }
        units.append(unit)
    }

    @inline(__always)
    private mutating func countScript(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x250 {
            latinLetters += 1
        } else if (0x370...0x52F).contains(scalar.value) {
            otherConfusableLetters += 1
        }
    }
}
