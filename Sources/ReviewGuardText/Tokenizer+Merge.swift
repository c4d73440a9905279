/// Passes over the drafts that look across chunks: letters written apart, phone numbers split into groups.
extension Tokenizer {
    /// The units between two drafts (what separates them in the normalized text).
    private func gap(after previous: Draft, before next: Draft) -> ArraySlice<Unit> {
        previous.last + 1 < next.first ? units[(previous.last + 1)..<next.first] : []
    }

    private func isSingleLatinLetter(_ draft: Draft) -> Bool {
        guard draft.pooled.count == 1 else { return false }
        let unit = pool[draft.pooled.lowerBound]
        return unit.isLetter && unit.scalar.value < 0x250 && unit.transforms.isDisjoint(with: .emoji)
    }

    /// `c a s h b a c k`: four or more single Latin letters separated by spaces become one word.
    mutating func mergeSpacedLetters() {
        var merged: [Draft] = []
        var index = 0
        while index < drafts.count {
            var end = index
            while end < drafts.count && isSingleLatinLetter(drafts[end])
                && (end == index || gap(after: drafts[end - 1], before: drafts[end]).allSatisfy { $0.scalar == " " })
            {
                end += 1
            }
            if end - index >= 4 {
                var draft = drafts[index]
                let start = pool.count
                for next in drafts[index..<end] {
                    for position in next.pooled { pool.append(pool[position]) }
                }
                draft.pooled = start..<pool.count
                draft.last = drafts[end - 1].last
                draft.transforms.insert(.spaced)
                merged.append(draft)
                index = end
            } else {
                merged.append(drafts[index])
                index += 1
            }
        }
        drafts = merged
    }

    /// `好 评 返 现`, `好-评-返-现`: runs of single ideographs or Thai letters separated by spaces or punctuation
    /// are flagged (the matcher ignores the gaps between such scripts anyway).
    mutating func markSpacedIdeographs() {
        func isSingleUnspaced(_ draft: Draft) -> Bool {
            draft.pooled.count == 1 && Script.isUnspaced(pool[draft.pooled.lowerBound].scalar)
        }
        var index = 0
        while index < drafts.count {
            var end = index
            while end < drafts.count && isSingleUnspaced(drafts[end])
                && (end == index || !gap(after: drafts[end - 1], before: drafts[end]).isEmpty)
            {
                end += 1
            }
            if end - index >= 3 {
                for position in index..<end { drafts[position].transforms.insert(.spaced) }
                index = end
            } else {
                index += 1
            }
        }
    }

    /// Groups of digits separated by spaces, dashes, dots or brackets that together make a phone number
    /// (9 to 13 digits, starting with `+` or 0, an 11-digit mobile number starting with 1, or 3-3-4 groups).
    mutating func mergePhoneNumbers() {
        var merged: [Draft] = []
        var index = 0
        while index < drafts.count {
            guard isDigits(drafts[index]) else {
                merged.append(drafts[index])
                index += 1
                continue
            }
            // The whole run of digit groups; more than 13 digits is a card, order or account number, not a phone.
            var end = index + 1
            var digitCount = drafts[index].pooled.count
            while end < drafts.count, isDigits(drafts[end]),
                gap(after: drafts[end - 1], before: drafts[end]).allSatisfy({ Self.isPhoneSeparator($0.scalar) })
            {
                digitCount += drafts[end].pooled.count
                end += 1
            }
            if digitCount > 13 && end > index + 1 {
                merged.append(contentsOf: drafts[index..<end])
                index = end
                continue
            }
            let groups = drafts[index..<end].map { $0.pooled.count }
            if let phone = phoneDraft(drafts[index..<end], digitCount: digitCount, groups: groups) {
                merged.append(phone)
                index = end
            } else {
                merged.append(drafts[index])
                index += 1
            }
        }
        drafts = merged
    }

    private func isDigits(_ draft: Draft) -> Bool {
        draft.kind == .word && units(of: draft).allSatisfy { $0.isDigit }
    }

    /// What may separate the groups of a phone number: ` -.()/`.
    private static func isPhoneSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "-", ".", "(", ")", "/": return true
        default: return false
        }
    }

    private mutating func phoneDraft(_ parts: ArraySlice<Draft>, digitCount: Int, groups: [Int]) -> Draft? {
        guard (9...13).contains(digitCount), let first = parts.first, let last = parts.last else { return nil }
        let plus = first.first > 0 && units[first.first - 1].scalar == "+"
        let leadingDigit = pool[first.pooled.lowerBound].scalar
        let leadingZero = leadingDigit == "0"
        let chineseMobile = digitCount == 11 && leadingDigit == "1" && groups.count <= 3
        let northAmerican = groups == [3, 3, 4]
        // Grouped like a phone number (`55 1234 5678`): order ids and tracking numbers come in one piece.
        let grouped = groups.count >= 2 && (10...12).contains(digitCount) && groups.allSatisfy { $0 >= 2 && $0 <= 5 }
        guard plus || leadingZero || chineseMobile || northAmerican || grouped else { return nil }
        let start = pool.count
        if plus { pool.append(units[first.first - 1]) }
        for part in parts {
            for position in part.pooled { pool.append(pool[position]) }
        }
        var draft = Draft(
            pooled: start..<pool.count, first: plus ? first.first - 1 : first.first, last: last.last, kind: .phone,
            transforms: [])
        if groups.count >= 5 && groups.allSatisfy({ $0 <= 2 }) { draft.transforms.insert(.spaced) }
        return draft
    }
}
