/// Rules with concept names replaced by small integers, once per rule set, so the engine compares and indexes
/// integers instead of hashing strings for every message.
struct CompiledRules: Sendable {
    struct Pattern: Sendable {
        var clauses: [[Int]]
        /// Indexed by concept id.
        var negatable: [Bool]
        /// The rule's `unless` concepts plus the pattern's own.
        var unless: [Bool]
        var concepts: [Bool]
        var window: Int
        var sameSentence: Bool
        var ordered: Bool
    }

    struct Rule: Sendable {
        var patterns: [Pattern]
        var unlessInMessage: [Int]
        var unlessWindow: Int
        var unlessSameClause: Bool
    }

    let ids: [String: Int]
    let rules: [Rule]
    /// For each concept id, the concept ids it shadows.
    let shadows: [[Int]]
    let negation: Int
    let ask: Int
    /// Particles and fillers (`po`, `lang`, `lah`): words that do not count towards a window.
    let filler: Int
    /// "or", "atau", "หรือ": a negation reaches further across one ("we can't move chats to WhatsApp or take
    /// payment outside the app").
    let disjunction: Int

    var count: Int { ids.count }

    init(_ book: RuleBook) {
        var ids: [String: Int] = [:]
        for (index, name) in book.concepts.union(["negation", "ask", "filler", "disjunction"]).sorted().enumerated() { ids[name] = index }
        let count = ids.count
        func mask(_ names: some Sequence<String>) -> [Bool] {
            var result = [Bool](repeating: false, count: count)
            for name in names { if let id = ids[name] { result[id] = true } }
            return result
        }
        rules = book.rules.map { rule in
            Rule(
                patterns: rule.patterns.map { pattern in
                    Pattern(
                        clauses: pattern.clauses.map { $0.compactMap { ids[$0] } }, negatable: mask(pattern.negatable),
                        unless: mask(pattern.unless.union(rule.unless)), concepts: mask(pattern.concepts), window: pattern.window, sameSentence: pattern.sameSentence,
                        ordered: pattern.ordered)
                },
                unlessInMessage: rule.unlessInMessage.compactMap { ids[$0] },
                unlessWindow: rule.unlessWindow, unlessSameClause: rule.unlessSameClause)
        }
        var shadows = [[Int]](repeating: [], count: count)
        for (outer, inner) in book.shadows { if let id = ids[outer] { shadows[id] = inner.compactMap { ids[$0] } } }
        self.shadows = shadows
        self.ids = ids
        negation = ids["negation"]!
        ask = ids["ask"]!
        filler = ids["filler"]!
        disjunction = ids["disjunction"]!
    }
}
