import ReviewGuardText

/// Checks messages against a rule set. Owns a normalizer, so use one checker per thread.
public final class Checker {
    public let rules: RuleSet
    /// The policy profile in use and the date its settings are taken at.
    public let profile: String
    public let date: PolicyDate
    private let normalizer: TextNormalizer
    /// Each rule's severity (nil: off) and policy reference under the profile at the date.
    private let effective: [String: (severity: Severity?, policy: PolicyReference)]
    /// The indices of the rules that apply to each kind of message from each sender (signals included or not),
    /// worked out once: the per-message loop then neither copies rules nor hashes their ids.
    private let applicable: [Applicability: [Int]]

    private struct Applicability: Hashable {
        var kind: MessageKind
        var sender: Sender
        var includeSignals: Bool
    }

    public init(rules: RuleSet, profile: String = "default", asOf date: PolicyDate = .today) throws {
        guard profile == "default" || rules.policies.profiles[profile] != nil else {
            throw PolicyError.unknownProfile(profile, known: rules.policies.profiles.keys.sorted().joined(separator: ", "))
        }
        self.rules = rules
        self.profile = profile
        self.date = date
        normalizer = try TextNormalizer()
        var effective: [String: (severity: Severity?, policy: PolicyReference)] = [:]
        for rule in rules.book.rules {
            if let setting = rules.policies.setting(rule: rule.id, profile: profile, on: date) {
                effective[rule.id] = (setting.severity, PolicyReference(
                    profile: setting.profile, rules: rule.policy, note: setting.note, source: setting.source, since: setting.since?.description))
            } else {
                effective[rule.id] = (rule.severity, PolicyReference(
                    profile: "default", rules: rule.policy, note: "ReviewGuard's strict default", source: "../shared/policy/POLICY-RESEARCH.md", since: nil))
            }
        }
        self.effective = effective
        var applicable: [Applicability: [Int]] = [:]
        for kind in MessageKind.allCases {
            for sender in Sender.allCases {
                for includeSignals in [false, true] {
                    applicable[Applicability(kind: kind, sender: sender, includeSignals: includeSignals)] =
                        rules.book.rules.indices.filter { index in
                            let rule = rules.book.rules[index]
                            return rule.senders.contains(sender) && rule.kinds.contains(kind)
                                && Self.severity(of: rule, effective) != nil
                                && (includeSignals || !rule.isSignal)
                        }
                }
            }
        }
        self.applicable = applicable
    }

    /// A rule's severity under the profile and date in use; nil when the profile turns it off.
    public func severity(of rule: Rule) -> Severity? { Self.severity(of: rule, effective) }

    private static func severity(of rule: Rule, _ effective: [String: (severity: Severity?, policy: PolicyReference)]) -> Severity? {
        effective[rule.id]?.severity ?? rule.severity
    }

    /// The policy reference of a rule under the profile and date in use.
    public func policy(of rule: Rule) -> PolicyReference? { effective[rule.id]?.policy }

    /// The findings of one message, ordered by position. Buyer messages are never findings against the seller.
    /// - Parameters:
    ///   - language: the language the text is said to be in (an export's `lang` column), a hint only: its terms
    ///     always count, and every other language is still matched.
    ///   - includeSignals: also return signal rules that fired (not violations; see `Rule.isSignal`).
    public func check(
        _ text: String, kind: MessageKind = .template, sender: Sender = .seller, language: String? = nil,
        includeSignals: Bool = false
    ) -> [Finding] {
        let ruleIndices = applicable[Applicability(kind: kind, sender: sender, includeSignals: includeSignals)] ?? []
        let normalized = normalizer.normalize(Self.blankingPlaceholders(text))
        let occurrences = self.occurrences(in: normalized, hint: language.map { String($0.lowercased().prefix(2)) })
        if occurrences.isEmpty { return [] }
        let filler = rules.compiled.filler
        let engine = RuleEngine(
            occurrences: occurrences.filter { $0.id != filler }, compiled: rules.compiled,
            negationFollows: rules.matcher.negationFollowsLanguage, clauses: normalized.tokens.map { $0.clause },
            positions: Self.positions(tokens: normalized.tokens.count, fillers: occurrences.lazy.filter { $0.id == filler }))
        var fired: [(Rule, [Occurrence])] = []
        for index in ruleIndices {
            if let chosen = engine.match(rules.compiled.rules[index]) { fired.append((rules.book.rules[index], chosen)) }
        }
        let suppressed = Set(fired.flatMap(\.0.suppresses))
        return fired.filter { !suppressed.contains($0.0.id) }
            .map { finding(rule: $0.0, occurrences: $0.1, text: normalized, original: text) }
            .sorted { $0.span < $1.span }
    }

    /// The position of each token counting only words that are not fillers: particles such as Tagalog `po`,
    /// `lang` or Malay `lah` leave windows as they are (`pa-rate po kami ng 5 stars lang po`).
    static func positions(tokens: Int, fillers: some Sequence<Occurrence>) -> [Int] {
        var isFiller = [Bool](repeating: false, count: tokens)
        for filler in fillers where filler.firstToken == filler.lastToken { isFiller[filler.firstToken] = true }
        var positions = [Int](repeating: 0, count: tokens)
        var position = 0
        for index in 0..<tokens {
            positions[index] = position
            if !isFiller[index] { position += 1 }
        }
        return positions
    }

    /// Every concept found in a text, in order, for people writing lexicons (`reviewguard concepts`).
    public func concepts(in text: String) -> [(concept: String, language: String, span: Span, excerpt: String)] {
        let normalized = normalizer.normalize(Self.blankingPlaceholders(text))
        let matcher = rules.matcher
        return occurrences(in: normalized, hint: nil)
            .map { (matcher.conceptNames[Int($0.concept)], matcher.languageName($0.language), $0.span, String(normalized.excerpt($0.span))) }
            .sorted { ($0.span, $0.concept) < ($1.span, $1.concept) }
    }

    /// The concept occurrences the rules see: matched, given their ids, shadowed ones dropped.
    private func occurrences(in normalized: NormalizedText, hint: String?) -> [Occurrence] {
        let found = unshadowed(identified(rules.matcher.occurrences(in: normalized, allowedLinks: rules.allowedLinks, hint: hint)))
        // A masked word could be anything: read as a negation (`n*ch` as "nicht") it would cancel what it hides.
        let negation = rules.compiled.negation
        return found.filter { occurrence in
            occurrence.id != negation
                || !normalized.tokens[occurrence.firstToken...occurrence.lastToken].contains { $0.transforms.contains(.masked) }
        }
    }

    /// Gives every occurrence its concept id; concepts no rule knows (a user lexicon's) are dropped.
    private func identified(_ occurrences: [Occurrence]) -> [Occurrence] {
        let ids = rules.conceptIDs
        return occurrences.compactMap { occurrence in
            let id = ids[Int(occurrence.concept)]
            guard id >= 0 else { return nil }
            var identified = occurrence
            identified.id = id
            return identified
        }
    }

    /// Drops occurrences that sit inside a longer occurrence of a concept that shadows them.
    private func unshadowed(_ occurrences: [Occurrence]) -> [Occurrence] {
        let shadows = rules.compiled.shadows
        let shadowing = occurrences.filter { !shadows[$0.id].isEmpty }
        guard !shadowing.isEmpty else { return occurrences }
        return occurrences.filter { inner in
            !shadowing.contains { outer in
                outer.span.start <= inner.span.start && outer.span.end >= inner.span.end && shadows[outer.id].contains(inner.id)
            }
        }
    }

    private func finding(rule: Rule, occurrences: [Occurrence], text: NormalizedText, original: String) -> Finding {
        var span = occurrences[0].span
        var first = occurrences[0].firstToken
        var last = occurrences[0].lastToken
        for occurrence in occurrences.dropFirst() {
            span = span.union(occurrence.span)
            first = min(first, occurrence.firstToken)
            last = max(last, occurrence.lastToken)
        }
        // A term found inside a word of a script without spaces is shown with its whole word.
        if text.tokens[first].isUnspacedScript { span.start = min(span.start, text.tokens[first].span.start) }
        if text.tokens[last].isUnspacedScript { span.end = max(span.end, text.tokens[last].span.end) }
        let obfuscated = text.tokens[first...last].contains { !$0.transforms.isDisjoint(with: .obfuscation) }
        let utf8 = original.utf8
        let excerpt = String(original[utf8.index(utf8.startIndex, offsetBy: span.start)..<utf8.index(utf8.startIndex, offsetBy: span.end)])
        return Finding(
            rule: rule.id, category: rule.category, severity: severity(of: rule) ?? rule.severity, message: rule.message, span: span,
            characters: text.characterRange(span), excerpt: excerpt, obfuscated: obfuscated, suggestion: rule.suggestion,
            policy: policy(of: rule).map { [$0] } ?? [], isSignal: rule.isSignal)
    }

    /// `{buyer_name}` and `{{order_id}}` are template placeholders, not text: they become spaces of the same
    /// UTF-8 length, so offsets into the original stay exact.
    static func blankingPlaceholders(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{") else { index += 1; continue }
            var end = index + 1
            while end < bytes.count && bytes[end] == UInt8(ascii: "{") { end += 1 }
            let nameStart = end
            while end < bytes.count, bytes[end] == UInt8(ascii: "_") || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: " ")
                || (bytes[end] | 0x20 >= UInt8(ascii: "a") && bytes[end] | 0x20 <= UInt8(ascii: "z")) || (bytes[end] >= 0x30 && bytes[end] <= 0x39)
            {
                end += 1
            }
            guard end > nameStart, end < bytes.count, bytes[end] == UInt8(ascii: "}") else { index += 1; continue }
            while end < bytes.count && bytes[end] == UInt8(ascii: "}") { end += 1 }
            for position in index..<end { bytes[position] = UInt8(ascii: " ") }
            index = end
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
