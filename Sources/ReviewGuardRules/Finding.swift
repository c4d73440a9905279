import ReviewGuardText

/// A rule broken by a message: what, how bad, where in the original text, and what to write instead.
public struct Finding: Sendable {
    public var rule: String
    public var category: String
    public var severity: Severity
    public var message: String
    /// The span in the original text (UTF-8 bytes, grapheme-aligned).
    public var span: Span
    /// The same span in Characters.
    public var characters: Range<Int>
    public var excerpt: String
    /// Whether disguised text (zero-width, look-alikes, leetspeak, spacing, masking) had to be undone to find it.
    public var obfuscated: Bool
    public var suggestion: String?
    /// The policies the rule enforces, with their sources, as in force for the profile and date used.
    public var policy: [PolicyReference]
    /// Whether this is a signal for conversation rules rather than a violation.
    public var isSignal = false
}

/// A platform rule or regulation a finding breaks, with where it is written and since when it applies.
public struct PolicyReference: Sendable, Hashable {
    /// The policy profile that set the severity (`tiktok-us`), or `default`.
    public var profile: String
    /// The rule ids of the policy research (`R06`).
    public var rules: [String]
    public var note: String
    public var source: String
    public var since: String?
}
