/// A rule over concepts, as written in `lexicons/rules.yml`: which concepts must occur together, what cancels
/// them, and the examples that prove it.
public struct Rule: Sendable {
    /// One way the rule can match: one concept from each clause, close together.
    public struct Pattern: Sendable {
        /// Each clause lists alternative concepts (written `a | b`).
        public var clauses: [[String]]
        /// The most tokens the whole match may span.
        public var window: Int
        /// Whether all clauses must be in one sentence.
        public var sameSentence: Bool
        /// Whether clauses must occur in the order written.
        public var ordered: Bool
        /// Concepts whose occurrence does not count when a negation governs it.
        public var negatable: Set<String>
        /// Concepts that excuse this pattern only (near the match, as the rule's `unless`).
        public var unless: Set<String> = []
        /// Every concept of every clause (used to widen a match over the whole phrase).
        public var concepts: Set<String> = []
    }

    public var id: String
    public var category: String
    public var severity: Severity
    public var message: String
    public var suggestion: String?
    public var rationale: String
    /// Policy references (`R01`...) into the policy sources of the profiles.
    public var policy: [String]
    public var patterns: [Pattern]
    /// Concepts that, near the match in the same sentence, show the practice is legitimate.
    public var unless: [String]
    public var unlessWindow: Int
    /// Whether an exception counts only in the match's own clause (not across a comma: "the box is dented, the
    /// glass is broken" is a damaged item).
    public var unlessSameClause = false
    /// Concepts that excuse a match anywhere in the message (the platform's official review-coupon program
    /// described in another sentence).
    public var unlessInMessage: [String] = []
    public var senders: Set<Sender>
    public var kinds: Set<MessageKind>
    /// Rules whose findings this one replaces when both fire on a message.
    public var suppresses: [String]
    /// A signal is not a violation: it marks a message for conversation rules (e.g. a neutral review request,
    /// counted per order by repeated-review-request) and is not reported by `check`.
    public var isSignal = false
    /// Texts that must trigger the rule, with the expected span marked `⟦...⟧`.
    public var triggering: [String]
    /// Texts that must not trigger it: the hard negatives.
    public var nonTriggering: [String]
    /// Where the rule was written, for messages.
    public var path: String
    public var line: Int
}
