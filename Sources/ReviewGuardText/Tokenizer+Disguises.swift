/// Chunks that hide a word or carry a contact detail.
extension Tokenizer {
    static let leetLetters: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g", "@": "a", "$": "s", "!": "i", "|": "l",
        "8": "8", "€": "e", "£": "l",
    ]

    static let topLevelDomains: Set<String> = [
        "com", "net", "org", "info", "biz", "io", "co", "me", "ly", "app", "shop", "store", "site", "online", "link",
        "page", "vn", "id", "my", "ph", "th", "sg", "jp", "kr", "cn", "tw", "hk", "de", "fr", "es", "pt", "br", "mx",
        "uk", "us", "au", "in", "ru", "to", "gl", "gg", "bio", "xyz", "top", "club", "live", "ee", "ai", "cc", "tv", "la",
        "ws", "ca", "nz",
    ]

    /// An e-mail address or a link, recognized as one token.
    func contactKind(_ core: Range<Int>) -> Token.Kind? {
        let text = String(String.UnicodeScalarView(units[core].map(\.scalar)))
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") { return .url }
        if text.hasPrefix("@"), text.count >= 4, !text.dropFirst().contains("@"),
            text.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }),
            text.contains(where: { $0 == "_" || $0 == "." || $0.isNumber }) || text.count >= 6
        {
            return .handle
        }
        guard text.contains(".") else { return nil }
        if let at = text.firstIndex(of: "@"), at != text.startIndex {
            let domain = text[text.index(after: at)...]
            if let tld = domain.split(separator: ".").last, domain.contains("."), tld.count >= 2,
                tld.allSatisfy(\.isLetter)
            {
                return .email
            }
            return nil
        }
        let host = text.split(separator: "/", maxSplits: 1).first ?? ""
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
            let tld = labels.last, Self.topLevelDomains.contains(String(tld)),
            labels.dropLast().contains(where: { $0.contains(where: \.isLetter) })
        else { return nil }
        return .url
    }

    /// `r3fund`, `c@shb@ck`, `$ale`, `R**fund`: decoded into one token when the chunk is letters mixed with leet
    /// characters or masks. Numbers with units (`24h`, `$5`, `5pcs`) and codes with several digits stay as they are.
    mutating func decodeMaskedOrLeet(_ core: Range<Int>) -> Bool {
        let slice = units[core]
        // Runs hold only Latin letters and disguise symbols (see `isDisguiseScalar`).
        guard slice.allSatisfy({ $0.isLetter || Self.leetLetters[$0.scalar] != nil || $0.scalar == "*" })
        else { return false }
        let letters = slice.filter(\.isLetter).count
        let digits = slice.filter(\.isDigit).count
        guard letters >= 2, digits <= 3 else { return false }
        let masked = slice.contains { $0.scalar == "*" }
        var decoded = Array(slice)
        var changed = false
        for offset in decoded.indices {
            let scalar = decoded[offset].scalar
            guard let letter = Self.leetLetters[scalar] else { continue }
            // Inside a word: letter-like neighbours and real letters on both sides (`rm30` is an amount).
            let inside = offset > 0 && offset < decoded.count - 1 && isLetterLike(decoded[offset - 1].scalar)
                && isLetterLike(decoded[offset + 1].scalar) && decoded[..<offset].contains(where: \.isLetter)
                && decoded[(offset + 1)...].contains(where: \.isLetter)
            let leading = offset == 0 && (scalar == "$" || scalar == "@") && decoded.count > 2 && decoded[1].isLetter
            // `n3g4tiv3`: a final 3, 0 or 1 is a letter too when the word already has leet inside.
            let trailing = offset == decoded.count - 1 && offset >= 2 && decoded[offset - 1].isLetter
                && (scalar == "8" || ("301".unicodeScalars.contains(scalar) && offset >= 3
                    && decoded[..<offset].contains { $0.transforms.contains(.leet) }))
            guard inside || leading || trailing else { return false }
            // `great!thanks` is two words glued by punctuation; `rev!ew` is one word with a leet `i`.
            if scalar == "!" && min(letterRun(decoded, before: offset), letterRun(decoded, after: offset)) >= 4 {
                return false
            }
            decoded[offset].scalar = letter
            decoded[offset].transforms.insert(.leet)
            changed = true
        }
        if masked {
            guard let firstMask = decoded.firstIndex(where: { $0.scalar == "*" }), firstMask > 0,
                decoded.last?.scalar != "*"
            else { return false }
            for offset in decoded.indices { decoded[offset].transforms.insert(.masked) }
        }
        guard changed || masked else { return false }
        // `upd8`, `gr8`, `l8r`: an 8 after letters reads "ate".
        if let last = decoded.indices.last, decoded[last].scalar == "8" {
            var ate = decoded[last]
            ate.scalar = "a"
            decoded[last] = ate
            ate.scalar = "t"
            decoded.append(ate)
            ate.scalar = "e"
            decoded.append(ate)
        }
        drafts.append(Draft(pooled: pooled(decoded), first: core.lowerBound, last: core.upperBound - 1, kind: .word, transforms: []))
        return true
    }

    private func letterRun(_ units: [Unit], before offset: Int) -> Int {
        var count = 0
        var index = offset - 1
        while index >= 0 && units[index].isLetter { count += 1; index -= 1 }
        return count
    }

    private func letterRun(_ units: [Unit], after offset: Int) -> Int {
        var count = 0
        var index = offset + 1
        while index < units.count && units[index].isLetter { count += 1; index += 1 }
        return count
    }

    private func isLetterLike(_ scalar: Unicode.Scalar) -> Bool {
        Unit.isLetter(scalar) || Self.leetLetters[scalar] != nil || scalar == "*"
    }

    /// `r.e.v.i.e.w`, `w-h-a-t-s-a-p-p`, `s.a.o`: single letters joined by one separator, three letters or more.
    mutating func joinDottedLetters(_ core: Range<Int>) -> Bool {
        let slice = units[core]
        guard slice.count >= 5, slice.count % 2 == 1 else { return false }
        let separators: Set<Unicode.Scalar> = [".", "-", "_", "·", "•", "/", "*", "~", "|", "+"]
        var letters: [Unit] = []
        for (offset, unit) in slice.enumerated() {
            if offset % 2 == 0 {
                guard unit.isLetter else { return false }
                var letter = unit
                letter.transforms.insert(.spaced)
                letters.append(letter)
            } else if !separators.contains(unit.scalar) || unit.scalar != slice[slice.startIndex + 1].scalar {
                return false
            }
        }
        drafts.append(Draft(pooled: pooled(letters), first: core.lowerBound, last: core.upperBound - 1, kind: .word, transforms: []))
        return true
    }

    /// Cyrillic or Greek look-alikes inside a Latin word (`саshbасk`), or a whole look-alike word in a Latin text,
    /// are replaced by the Latin letters they imitate. Real Cyrillic or Greek words are left alone.
    mutating func replaceLookalikes(_ core: Range<Int>) {
        var hasLatin = false
        var hasConfusable = false
        var allMappable = true
        for unit in units[core] where unit.isLetter {
            if Homoglyphs.isConfusableScript(unit.scalar) {
                hasConfusable = true
                if Homoglyphs.latinLookalike[unit.scalar.value] == nil { allMappable = false }
            } else if unit.scalar.value < 0x250 {
                hasLatin = true
            }
        }
        guard hasConfusable, hasLatin || (latinDominant && allMappable) else { return }
        for index in core {
            if let latin = Homoglyphs.latinLookalike[units[index].scalar.value] {
                units[index].scalar = latin
                units[index].transforms.insert(.homoglyph)
            }
        }
    }
}
