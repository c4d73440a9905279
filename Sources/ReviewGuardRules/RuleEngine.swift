import ReviewGuardText

/// Evaluates rules over the concept occurrences of one message.
struct RuleEngine {
    typealias Rule = CompiledRules.Rule
    typealias Pattern = CompiledRules.Pattern

    let occurrences: [Occurrence]
    let negationFollows: Set<String>
    /// Occurrences by concept id, and the negations that govern something (computed once per message).
    private let byConcept: [[Occurrence]]
    private let negations: [Occurrence]
    /// How many tokens a negation reaches.
    static let negationReach = 4

    /// The clause of each token: a negation governs only its own clause.
    private let clauses: [Int]

    init(occurrences: [Occurrence], compiled: CompiledRules, negationFollows: Set<String>, clauses: [Int] = []) {
        self.clauses = clauses
        self.occurrences = occurrences
        self.negationFollows = negationFollows
        var byConcept = [[Occurrence]](repeating: [], count: compiled.count)
        for occurrence in occurrences { byConcept[occurrence.id].append(occurrence) }
        self.byConcept = byConcept
        // A negation inside a request like "don't forget" negates nothing.
        let asks = byConcept[compiled.ask]
        negations = byConcept[compiled.negation].filter { negation in
            !asks.contains { $0.span.start <= negation.span.start && $0.span.end >= negation.span.end && $0.span != negation.span }
        }
    }

    /// The occurrences that make up the matches of `rule` (every pattern that matches adds its part, so the
    /// finding covers the whole violation), or nil.
    func match(_ rule: Rule) -> [Occurrence]? {
        var matches: [[Occurrence]] = []
        var concepts: [Bool] = []
        for pattern in rule.patterns where pattern.clauses.allSatisfy({ $0.contains { !byConcept[$0].isEmpty } }) {
            guard let found = match(pattern, of: rule) else { continue }
            matches.append(found)
            concepts = concepts.isEmpty ? pattern.concepts : zip(concepts, pattern.concepts).map { $0 || $1 }
        }
        // Widened over the concepts of every pattern that matched, so that the parts join up into one phrase.
        return matches.isEmpty ? nil : matches.flatMap { widened($0, concepts: concepts) }
    }

    private func match(_ pattern: Pattern, of rule: Rule) -> [Occurrence]? {
        do {
            let clauses = pattern.clauses.map { ids in
                ids.flatMap { byConcept[$0] }.filter { occurrence in
                    !(pattern.negatable[occurrence.id] && isNegated(occurrence, by: negations))
                }
            }
            if clauses.contains(where: \.isEmpty) { return nil }
            for anchor in clauses[0] {
                if let chosen = complete([anchor], clauses: clauses.dropFirst(), pattern: pattern),
                    !isExcused(chosen, pattern: pattern, rule: rule)
                {
                    return chosen
                }
            }
        }
        return nil
    }

    /// The match plus the occurrences of its concepts that touch it (`5-star` before `review`), so the span
    /// covers the whole phrase.
    private func widened(_ chosen: [Occurrence], concepts: [Bool]) -> [Occurrence] {
        var result = chosen
        var first = chosen.reduce(Int.max) { min($0, $1.firstToken) }
        var last = chosen.reduce(Int.min) { max($0, $1.lastToken) }
        let sentence = chosen[0].sentence
        var grew = true
        while grew {
            grew = false
            for occurrence in occurrences where concepts[occurrence.id] && occurrence.sentence == sentence {
                if occurrence.lastToken >= first - 1 && occurrence.firstToken <= last + 1
                    && (occurrence.firstToken < first || occurrence.lastToken > last)
                {
                    result.append(occurrence)
                    first = min(first, occurrence.firstToken)
                    last = max(last, occurrence.lastToken)
                    grew = true
                }
            }
        }
        return result
    }

    private func complete(_ chosen: [Occurrence], clauses: ArraySlice<[Occurrence]>, pattern: Pattern) -> [Occurrence]? {
        guard let clause = clauses.first else { return chosen }
        let candidates = clause.filter { candidate in
            let first = chosen.reduce(candidate.firstToken) { min($0, $1.firstToken) }
            let last = chosen.reduce(candidate.lastToken) { max($0, $1.lastToken) }
            // Scripts without spaces are cut into more, shorter tokens (particles, single characters): their
            // windows are twice as many tokens.
            let window = candidate.isUnspaced && chosen.allSatisfy(\.isUnspaced) ? pattern.window * 2 : pattern.window
            if last - first > window { return false }
            if pattern.sameSentence && candidate.sentence != chosen[0].sentence { return false }
            if pattern.ordered && candidate.firstToken < chosen.last!.firstToken { return false }
            return !chosen.contains { $0.span == candidate.span && $0.id == candidate.id }
        }
        let anchor = chosen[0].firstToken
        for candidate in candidates.sorted(by: { abs($0.firstToken - anchor) < abs($1.firstToken - anchor) }) {
            if let result = complete(chosen + [candidate], clauses: clauses.dropFirst(), pattern: pattern) { return result }
        }
        return nil
    }

    /// Whether a negation governs the occurrence, directly or through a list it heads ("no refunds, gifts or
    /// discounts": the negation reaches the next item of the same concept close by).
    private func isNegated(_ occurrence: Occurrence, by negations: [Occurrence]) -> Bool {
        if isDirectlyNegated(occurrence, by: negations) { return true }
        // Walk back along the list: each earlier item of the same concept within reach, until one is negated.
        var current = occurrence
        while let previous = byConcept[occurrence.id]
            .filter({ $0.sentence == current.sentence && $0.lastToken < current.firstToken && current.firstToken - $0.lastToken <= Self.listReach })
            .max(by: { $0.lastToken < $1.lastToken })
        {
            if isDirectlyNegated(previous, by: negations, leadingOnly: true) { return true }
            current = previous
        }
        return false
    }

    /// How far apart two items of one list may be.
    static let listReach = 4
    /// How far a negation reaches backwards in languages that negate at the end of the clause (ja, ko).
    static let trailingNegationReach = 10

    /// - Parameter leadingOnly: only a negation before the occurrence counts: a list is headed by its negation
    ///   ("no refunds, gifts or discounts"); one at the end of a clause (ja, ko) already reaches back over the
    ///   whole list, and must not pass from an earlier item to a later one that carries its own predicate
    ///   ("6개 세트라면서 뚜껑 하나 없음": the set was promised, one lid is missing).
    private func isDirectlyNegated(_ occurrence: Occurrence, by negations: [Occurrence], leadingOnly: Bool = false) -> Bool {
        negations.contains { negation in
            guard negation.sentence == occurrence.sentence, negation.span != occurrence.span else { return false }
            if negation.lastToken < occurrence.firstToken || (negation.lastToken == occurrence.firstToken && negation.span.end <= occurrence.span.start) {
                // A negation before what it negates stops at a comma ("Don't waste your money, buy from X"); one
                // at the end of the clause (ja, ko) governs the list before it ("체험단, 가구매 ... 않습니다").
                if occurrence.firstToken < clauses.count, clauses[negation.lastToken] != clauses[occurrence.firstToken] { return false }
                return occurrence.firstToken - negation.lastToken <= Self.negationReach
            }
            if !leadingOnly, negationFollows.contains(negation.language), negation.firstToken >= occurrence.lastToken,
                negation.span.start >= occurrence.span.end
            {
                // A clause that ends in its own negation closes what a later one reaches: in "답장도 없고 환불도
                // 안 되고" (no answer, and no refund either) the second negation does not undo the first complaint.
                let closed = negations.contains { other in
                    other.span != negation.span && other.sentence == negation.sentence
                        && other.span.end > occurrence.span.end && other.span.end <= negation.span.start
                }
                return !closed && negation.firstToken - occurrence.lastToken <= Self.trailingNegationReach
            }
            return false
        }
    }

    /// Whether an exception concept sits near the match in the same sentence. A negated exception excuses
    /// nothing ("no need to check out in the app" does not make a bank transfer an in-app payment).
    private func isExcused(_ chosen: [Occurrence], pattern: Pattern, rule: Rule) -> Bool {
        if rule.unlessInMessage.contains(where: { !byConcept[$0].isEmpty }) { return true }
        guard pattern.unless.contains(true) else { return false }
        let first = chosen.reduce(Int.max) { min($0, $1.firstToken) } - rule.unlessWindow
        let last = chosen.reduce(Int.min) { max($0, $1.lastToken) } + rule.unlessWindow
        let sentences = Set(chosen.map(\.sentence))
        return occurrences.contains { occurrence in
            pattern.unless[occurrence.id] && sentences.contains(occurrence.sentence)
                && occurrence.lastToken >= first && occurrence.firstToken <= last
                && !isNegated(occurrence, by: negations)
        }
    }
}
