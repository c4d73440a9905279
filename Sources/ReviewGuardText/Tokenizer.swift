/// Stage two of normalization: units are cut into tokens. Whitespace-separated chunks that hide a word
/// (leetspeak, masking, dotted letters, look-alike letters, contact details) are recognized first; the rest
/// is segmented with ICU's word break (dictionaries for Thai, Chinese, Japanese, Khmer, Lao).
struct Tokenizer {
    /// A token being built: where its units sit in `pool` (copies, since they are not always contiguous in
    /// `units` nor unchanged), and what is known about it. Drafts own no memory, so passes over them copy freely.
    struct Draft {
        var pooled: Range<Int>
        var first: Int
        var last: Int
        var kind: Token.Kind
        var transforms: Transform
    }

    var units: [Unit]
    let normalizer: TextNormalizer
    let latinDominant: Bool
    var drafts: [Draft] = []
    /// The units of every draft, back to back: one buffer for all tokens instead of an array each.
    var pool: [Unit] = []

    init(units: [Unit], normalizer: TextNormalizer, latinDominant: Bool) {
        self.units = units
        self.normalizer = normalizer
        self.latinDominant = latinDominant
        pool.reserveCapacity(units.count)
    }

    /// The units of a draft.
    @inline(__always)
    func units(of draft: Draft) -> ArraySlice<Unit> { pool[draft.pooled] }

    /// Copies units into the pool and returns where they are.
    mutating func pooled(_ copied: some Sequence<Unit>) -> Range<Int> {
        let start = pool.count
        pool.append(contentsOf: copied)
        return start..<pool.count
    }

    mutating func tokenize(characters: CharacterIndex) -> (tokens: [Token], matchUnits: [MatchUnit]) {
        var index = 0
        while index < units.count {
            if Self.isWhitespace(units[index].scalar) {
                index += 1
                continue
            }
            var end = index + 1
            while end < units.count && !Self.isWhitespace(units[end].scalar) { end += 1 }
            tokenizeChunk(index..<end)
            index = end
        }
        mergeSpacedLetters()
        markSpacedIdeographs()
        mergePhoneNumbers()
        return finish(characters: characters)
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return ScalarTable.flags(scalar).contains(.whitespace)
    }

    // MARK: Chunks

    private mutating func tokenizeChunk(_ chunk: Range<Int>) {
        guard let core = coreRange(of: chunk) else {
            segment(chunk)
            return
        }
        if units[core].contains(where: { $0.scalar == "." || $0.scalar == "@" || $0.scalar == ":" }), let kind = contactKind(core) {
            addDraft(core, kind: kind, transforms: [])
            return
        }
        if addAccountName(core) { return }
        replaceLookalikes(core)
        // Disguised words are found in runs of ASCII letters and symbols, so that the decision depends on the
        // run alone (its excerpt normalizes the same way), and what surrounds them is segmented as usual.
        var pending = chunk.lowerBound
        var position = chunk.lowerBound
        while position < chunk.upperBound {
            guard Self.isDisguiseScalar(units[position].scalar) else {
                position += 1
                continue
            }
            var end = position + 1
            while end < chunk.upperBound && Self.isDisguiseScalar(units[end].scalar) { end += 1 }
            var start = position  // `3r**fund`, `!!r3fund`: what precedes the first letter is not part of the word
            while start < end && !units[start].isLetter
                && !((units[start].scalar == "$" || units[start].scalar == "@") && start + 1 < end && units[start + 1].isLetter)
            {
                start += 1
            }
            if let run = coreRange(of: start..<end), run.count >= 3, units[run].contains(where: { !$0.isLetter }),
                addHandle(run) || addLinkOrEmail(run) || addAccountName(run) || joinDottedLetters(run) || decodeMaskedOrLeet(run)
            {
                let decoded = drafts.removeLast()
                if pending < run.lowerBound { segment(pending..<run.lowerBound) }
                drafts.append(decoded)
                pending = run.upperBound
            }
            position = end
        }
        if pending < chunk.upperBound { segment(pending..<chunk.upperBound) }
    }

    /// A link or an e-mail address glued to text without spaces (`官網：www.lele-shop.com.tw，`,
    /// `（nanairo-shop.jp）`): a contact detail, as when it stands alone.
    private mutating func addLinkOrEmail(_ run: Range<Int>) -> Bool {
        guard units[run].contains(where: { $0.scalar == "." }), let kind = contactKind(run), kind != .handle else { return false }
        addDraft(run, kind: kind, transforms: [])
        return true
    }

    /// Labels that introduce an account name: `LINE ID: mochi_0821`, `IG: glow.lab_ph`, `WeChat: wxid_88`.
    static let contactLabels: Set<String> = [
        "id", "line", "ig", "insta", "instagram", "wa", "whatsapp", "wechat", "weixin", "wx", "zalo", "kakao",
        "kakaotalk", "telegram", "tg", "fb", "facebook", "viber", "tiktok", "v", "微信", "微", "薇", "카톡", "라인",
    ]

    /// An account name after a contact label (`ID: mochi_0821`, `V：lingling888`): a handle.
    private mutating func addAccountName(_ run: Range<Int>) -> Bool {
        guard isAccountName(run), followsContactLabel(run.lowerBound) else { return false }
        addDraft(run, kind: .handle, transforms: [])
        return true
    }

    /// Letters, digits, `_` and `.` with at least one digit or `_` (`mochi_0821`, `lingling888`): a name
    /// made for an account, not a word.
    private func isAccountName(_ core: Range<Int>) -> Bool {
        core.count >= 4 && core.count <= 40
            && units[core].allSatisfy { $0.scalar.isASCII && ($0.isLetter || $0.isDigit || $0.scalar == "_" || $0.scalar == ".") }
            && units[core].contains { $0.isLetter }
            && units[core].contains { $0.isDigit || $0.scalar == "_" }
    }

    /// Whether `position` follows a contact label and a colon (`ID: `, `LINE：`).
    private func followsContactLabel(_ position: Int) -> Bool {
        var index = position - 1
        while index >= 0 && Self.isWhitespace(units[index].scalar) { index -= 1 }
        guard index >= 0, units[index].scalar == ":" else { return false }
        index -= 1
        while index >= 0 && Self.isWhitespace(units[index].scalar) { index -= 1 }
        var label: [Unicode.Scalar] = []
        while index >= 0 && (units[index].isLetter) && label.count < 12 {
            label.insert(units[index].scalar, at: 0)
            index -= 1
        }
        let name = String(String.UnicodeScalarView(label))
        return Self.contactLabels.contains(name) || Self.contactLabels.contains { name.hasSuffix($0) && !$0.allSatisfy(\.isASCII) }
    }

    /// `@shop_name` inside a chunk: a handle, as when it stands alone.
    private mutating func addHandle(_ run: Range<Int>) -> Bool {
        guard units[run.lowerBound].scalar == "@", contactKind(run) == .handle else { return false }
        addDraft(run, kind: .handle, transforms: [])
        return true
    }

    /// Characters that can make up a disguised word: ASCII letters, digits and the symbols used for leetspeak,
    /// masking and dotted spelling.
    @inline(__always)
    static func isDisguiseScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        // `@$!|*.-_/~+`
        case 0x40, 0x24, 0x21, 0x7C, 0x2A, 0x2E, 0x2D, 0x5F, 0x2F, 0x7E, 0x2B: return true
        // Latin letters with accents too: `c.h.u.y.ể.n k.h.o.ả.n`; `€`, `£`.
        case 0x80..<0x250, 0x1E00...0x1EFF, 0x300...0x36F, 0x20AC: return true
        default: return false
        }
    }

    /// The chunk without leading and trailing punctuation (keeping a leading `$` or `@`), or nil if empty.
    private func coreRange(of chunk: Range<Int>) -> Range<Int>? {
        var lower = chunk.lowerBound
        var upper = chunk.upperBound
        while lower < upper {
            let unit = units[lower]
            if unit.isLetter || unit.isDigit || unit.scalar == "$" || unit.scalar == "@" { break }
            lower += 1
        }
        while upper > lower && !(units[upper - 1].isLetter || units[upper - 1].isDigit || units[upper - 1].isMark) {
            upper -= 1
        }
        return lower < upper ? lower..<upper : nil
    }

    mutating func addDraft(_ range: Range<Int>, kind: Token.Kind, transforms: Transform) {
        // A stray combining mark or joiner is not a word.
        guard units[range].contains(where: { $0.isLetter || $0.isDigit || ScalarTable.flags($0.scalar).contains(.numeric) }) else { return }
        drafts.append(
            Draft(pooled: pooled(units[range]), first: range.lowerBound, last: range.upperBound - 1, kind: kind,
                  transforms: transforms))
    }

    /// Segments a chunk into words: a plain scan for ASCII, ICU word break otherwise.
    private mutating func segment(_ chunk: Range<Int>) {
        // Dictionaries are only needed for scripts written without spaces; everything else splits on the same
        // UAX #29 rules the plain scan follows.
        if !units[chunk].contains(where: { $0.scalar.value >= 0x0E00 && ScalarTable.flags($0.scalar).contains(.unspacedScript) }) {
            segmentWords(chunk)
            return
        }
        var utf16: [UInt16] = []
        var unitAt: [Int] = []
        for index in chunk {
            for code in units[index].scalar.utf16 {
                utf16.append(code)
                unitAt.append(index)
            }
        }
        unitAt.append(chunk.upperBound)
        let segments = (try? utf16.withUnsafeBufferPointer { try normalizer.breaker.segments(of: $0) }) ?? []
        for segment in segments where segment.isWord {
            let range = unitAt[segment.range.lowerBound]..<unitAt[segment.range.upperBound]
            // ICU keeps some symbols inside words (`a@b`); cut there as the ASCII scan does.
            if !range.isEmpty { segmentWords(range) }
        }
    }

    /// Word scan for ASCII chunks and inside ICU's words, agreeing with UAX #29 on what joins: letters, marks and
    /// digits, and `'`, `.` between two of them, `,` between digits.
    private mutating func segmentWords(_ chunk: Range<Int>) {
        var index = chunk.lowerBound
        while index < chunk.upperBound {
            guard isWordScalar(units[index].scalar) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < chunk.upperBound {
                let scalar = units[index].scalar
                if isWordScalar(scalar) {
                    index += 1
                } else if index + 1 < chunk.upperBound, joins(scalar, units[index - 1].scalar, units[index + 1].scalar) {
                    index += 2
                } else {
                    break
                }
            }
            addDraft(start..<index, kind: .word, transforms: [])
        }
    }

    @inline(__always)
    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return Unit.isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "_" }
        return !ScalarTable.flags(scalar).isDisjoint(with: [.letter, .mark, .numeric]) || scalar == "\u{203F}" || scalar == "\u{FF3F}"
    }

    private func joins(_ middle: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let digits = ScalarTable.flags(before).contains(.numeric) && ScalarTable.flags(after).contains(.numeric)
        switch middle {
        case "'", ".": return isWordScalar(before) && isWordScalar(after) && (digits || Unit.isLetter(before) == Unit.isLetter(after))
        case ",", ";": return digits
        case ":": return Unit.isLetter(before) && Unit.isLetter(after)
        default: return false
        }
    }
}
