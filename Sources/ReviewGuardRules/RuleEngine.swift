import ReviewGuardText

/// Evaluates rules over the concept occurrences of one message.
///
/// Occurrences are handled by their index in `occurrences` (copying the structs and their strings cost more than
/// the matching itself), and whether a negation governs each one is worked out once per message, not once per
/// pattern that asks.
struct RuleEngine {
    typealias Rule = CompiledRules.Rule
    typealias Pattern = CompiledRules.Pattern

    let occurrences: [Occurrence]
    /// Whether each language (by index) negates at the end of the clause.
    let negationFollows: [Bool]
    /// Indices of the occurrences by concept id.
    private let byConcept: [[Int]]
    /// The negations that govern something (computed once per message).
    private let negations: [Occurrence]
    /// Where each "or" of the message is (first token).
    private let disjunctions: [Int]
    /// Whether a negation governs each occurrence (by index).
    private var negated: [Bool] = []
    /// How many tokens a negation reaches.
    static let negationReach = 4

    /// The clause of each token: a negation governs only its own clause.
    private let clauses: [Int]
    /// The position of each token in words that count towards windows (fillers do not); empty: the token index.
    private let positions: [Int]

    init(occurrences: [Occurrence], compiled: CompiledRules, negationFollows: [Bool], clauses: [Int] = [], positions: [Int] = []) {
        self.clauses = clauses
        self.positions = positions
        self.occurrences = occurrences
        self.negationFollows = negationFollows
        var byConcept = [[Int]](repeating: [], count: compiled.count)
        for (index, occurrence) in occurrences.enumerated() { byConcept[occurrence.id].append(index) }
        self.byConcept = byConcept
        // A negation inside a request like "don't forget" negates nothing.
        let asks = byConcept[compiled.ask]
        disjunctions = byConcept[compiled.disjunction].map { occurrences[$0].firstToken }
        negations = byConcept[compiled.negation].map { occurrences[$0] }.filter { negation in
            !asks.contains {
                let ask = occurrences[$0]
                return ask.span.start <= negation.span.start && ask.span.end >= negation.span.end && ask.span != negation.span
            }
        }
        negated = negations.isEmpty ? [Bool](repeating: false, count: occurrences.count) : occurrences.indices.map(isNegated)
    }

    /// The occurrences that make up the matches of `rule` (every pattern that matches adds its part, so the
    /// finding covers the whole violation), or nil.
    func match(_ rule: Rule) -> [Occurrence]? {
        var matches: [[Int]] = []
        var concepts: [Bool] = []
        for pattern in rule.patterns where pattern.clauses.allSatisfy({ $0.contains { !byConcept[$0].isEmpty } }) {
            guard let found = match(pattern, of: rule) else { continue }
            matches.append(found)
            concepts = concepts.isEmpty ? pattern.concepts : zip(concepts, pattern.concepts).map { $0 || $1 }
        }
        // Widened over the concepts of every pattern that matched, so that the parts join up into one phrase.
        return matches.isEmpty ? nil : matches.flatMap { widened($0, concepts: concepts).map { occurrences[$0] } }
    }

    private func match(_ pattern: Pattern, of rule: Rule) -> [Int]? {
        let clauses = pattern.clauses.map { ids in
            ids.flatMap { byConcept[$0] }.filter { index in !(pattern.negatable[occurrences[index].id] && negated[index]) }
        }
        if clauses.contains(where: { $0.isEmpty }) { return nil }
        var chosen: [Int] = []
        chosen.reserveCapacity(clauses.count)
        for anchor in clauses[0] {
            chosen.removeAll(keepingCapacity: true)
            chosen.append(anchor)
            if complete(&chosen, clauses: clauses, pattern: pattern), !isExcused(chosen, pattern: pattern, rule: rule) {
                return chosen
            }
        }
        return nil
    }

    /// The match plus the occurrences of its concepts that touch it (`5-star` before `review`), so the span
    /// covers the whole phrase.
    private func widened(_ chosen: [Int], concepts: [Bool]) -> [Int] {
        var result = chosen
        var first = chosen.reduce(Int.max) { min($0, occurrences[$1].firstToken) }
        var last = chosen.reduce(Int.min) { max($0, occurrences[$1].lastToken) }
        let sentence = occurrences[chosen[0]].sentence
        var grew = true
        while grew {
            grew = false
            for (index, occurrence) in occurrences.enumerated() where concepts[occurrence.id] && occurrence.sentence == sentence {
                if occurrence.lastToken >= first - 1 && occurrence.firstToken <= last + 1
                    && (occurrence.firstToken < first || occurrence.lastToken > last)
                {
                    result.append(index)
                    first = min(first, occurrence.firstToken)
                    last = max(last, occurrence.lastToken)
                    grew = true
                }
            }
        }
        return result
    }

    /// Extends `chosen` (one occurrence per clause so far) with an occurrence of each remaining clause, nearest
    /// to the anchor first, backtracking when a choice leads nowhere. Returns whether it found a full match.
    private func complete(_ chosen: inout [Int], clauses: [[Int]], pattern: Pattern) -> Bool {
        guard chosen.count < clauses.count else { return true }
        var first = Int.max
        var last = Int.min
        var allUnspaced = true
        for index in chosen {
            first = min(first, start(of: occurrences[index]))
            last = max(last, end(of: occurrences[index]))
            allUnspaced = allUnspaced && occurrences[index].isUnspaced
        }
        let anchor = occurrences[chosen[0]]
        let previous = occurrences[chosen[chosen.count - 1]]
        // (distance to the anchor, occurrence): sorted by distance, equally near ones in their order.
        var candidates: [(distance: Int, index: Int)] = []
        for index in clauses[chosen.count] {
            let candidate = occurrences[index]
            // Scripts without spaces are cut into more, shorter tokens (particles, single characters): their
            // windows are twice as many tokens.
            let window = candidate.isUnspaced && allUnspaced ? pattern.window * 2 : pattern.window
            if max(last, end(of: candidate)) - min(first, start(of: candidate)) > window { continue }
            if pattern.sameSentence && candidate.sentence != anchor.sentence { continue }
            if pattern.ordered && candidate.firstToken < previous.firstToken { continue }
            if chosen.contains(where: { occurrences[$0].span == candidate.span && occurrences[$0].id == candidate.id }) { continue }
            let entry = (distance: abs(candidate.firstToken - anchor.firstToken), index: index)
            var position = candidates.count
            while position > 0 && candidates[position - 1].distance > entry.distance { position -= 1 }
            candidates.insert(entry, at: position)
        }
        for candidate in candidates {
            chosen.append(candidate.index)
            if complete(&chosen, clauses: clauses, pattern: pattern) { return true }
            chosen.removeLast()
        }
        return false
    }

    /// Where an occurrence starts and ends in words that count towards windows.
    @inline(__always)
    private func start(of occurrence: Occurrence) -> Int {
        occurrence.firstToken < positions.count ? positions[occurrence.firstToken] : occurrence.firstToken
    }

    @inline(__always)
    private func end(of occurrence: Occurrence) -> Int {
        occurrence.lastToken < positions.count ? positions[occurrence.lastToken] : occurrence.lastToken
    }

    /// Whether a negation governs the occurrence, directly or through a list it heads ("no refunds, gifts or
    /// discounts": the negation reaches the next item of the same concept close by).
    private func isNegated(_ index: Int) -> Bool {
        let occurrence = occurrences[index]
        if isDirectlyNegated(occurrence) { return true }
        // Walk back along the list: each earlier item of the same concept within reach, until one is negated.
        var current = occurrence
        while let previous = byConcept[occurrence.id].lazy.map({ occurrences[$0] })
            .filter({ $0.sentence == current.sentence && $0.lastToken < current.firstToken && start(of: current) - end(of: $0) <= Self.listReach })
            .max(by: { $0.lastToken < $1.lastToken })
        {
            if isDirectlyNegated(previous, leadingOnly: true) { return true }
            current = previous
        }
        return false
    }

    /// How far a negation reaches when an "or" stands between it and what it negates.
    static let disjunctionReach = 12
    /// How far apart two items of one list may be.
    static let listReach = 4
    /// How far a negation reaches backwards in languages that negate at the end of the clause (ja, ko).
    static let trailingNegationReach = 10

    /// - Parameter leadingOnly: only a negation before the occurrence counts: a list is headed by its negation
    ///   ("no refunds, gifts or discounts"); one at the end of a clause (ja, ko) already reaches back over the
    ///   whole list, and must not pass from an earlier item to a later one that carries its own predicate
    ///   ("6개 세트라면서 뚜껑 하나 없음": the set was promised, one lid is missing).
    private func isDirectlyNegated(_ occurrence: Occurrence, leadingOnly: Bool = false) -> Bool {
        negations.contains { negation in
            guard negation.sentence == occurrence.sentence, negation.span != occurrence.span else { return false }
            if negation.lastToken < occurrence.firstToken || (negation.lastToken == occurrence.firstToken && negation.span.end <= occurrence.span.start) {
                // A negation before what it negates stops at a comma ("Don't waste your money, buy from X"); one
                // at the end of the clause (ja, ko) governs the list before it ("체험단, 가구매 ... 않습니다").
                if occurrence.firstToken < clauses.count, clauses[negation.lastToken] != clauses[occurrence.firstToken] { return false }
                let distance = start(of: occurrence) - end(of: negation)
                // Across an "or" the negation reaches the second alternative too ("not allowed to move chats to
                // WhatsApp or take payment outside Lazada").
                return distance <= Self.negationReach
                    || (distance <= Self.disjunctionReach
                        && disjunctions.contains { $0 > negation.lastToken && $0 < occurrence.firstToken })
            }
            if !leadingOnly, Int(negation.language) < negationFollows.count, negationFollows[Int(negation.language)],
                negation.firstToken >= occurrence.lastToken,
                negation.span.start >= occurrence.span.end
            {
                // A clause that ends in its own negation closes what a later one reaches: in "답장도 없고 환불도
                // 안 되고" (no answer, and no refund either) the second negation does not undo the first complaint.
                let closed = negations.contains { other in
                    other.span != negation.span && other.sentence == negation.sentence
                        && other.span.end > occurrence.span.end && other.span.end <= negation.span.start
                }
                return !closed && start(of: negation) - end(of: occurrence) <= Self.trailingNegationReach
            }
            return false
        }
    }

    /// Whether an exception concept sits near the match in the same sentence. A negated exception excuses
    /// nothing ("no need to check out in the app" does not make a bank transfer an in-app payment).
    private func isExcused(_ chosen: [Int], pattern: Pattern, rule: Rule) -> Bool {
        if rule.unlessInMessage.contains(where: { !byConcept[$0].isEmpty }) { return true }
        guard pattern.unless.contains(true) else { return false }
        let first = chosen.reduce(Int.max) { min($0, start(of: occurrences[$1])) } - rule.unlessWindow
        let last = chosen.reduce(Int.min) { max($0, end(of: occurrences[$1])) } + rule.unlessWindow
        let sentences = Set(chosen.map { occurrences[$0].sentence })
        let clausesOfMatch = rule.unlessSameClause ? Set(chosen.map { clause(of: occurrences[$0].firstToken) }) : []
        return occurrences.indices.contains { index in
            let occurrence = occurrences[index]
            return pattern.unless[occurrence.id] && sentences.contains(occurrence.sentence)
                && end(of: occurrence) >= first && start(of: occurrence) <= last && !negated[index]
                && (!rule.unlessSameClause || clausesOfMatch.contains(clause(of: occurrence.firstToken)))
        }
    }

    private func clause(of token: Int) -> Int { token < clauses.count ? clauses[token] : 0 }
}
