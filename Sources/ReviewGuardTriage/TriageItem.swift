import ReviewGuardRules

/// What a review needs today: the decision of the triage for one review.
public struct TriageItem: Sendable {
    public enum Action: String, Sendable, CaseIterable {
        /// Answer the review (a low rating with no reply, or a reply that breaks a rule).
        case reply
        /// Report the review through the platform's ticket (it looks malicious).
        case report
    }

    /// Why a review looks malicious, with the words that show it.
    public struct Signal: Sendable {
        /// coercion, competitor, spam, abuse, personal-data, wrong-listing.
        public var id: String
        public var excerpt: String
        /// Character offsets in the review text.
        public var start: Int
        public var end: Int
    }

    public var review: Review
    public var actions: [Action]
    /// The rules the existing seller reply breaks (empty when there is no reply or it is compliant).
    public var replyFindings: [Finding]
    public var signals: [Signal]
    /// Complaint and praise topics, in the order of `ReviewTriager.topicOrder`.
    public var topics: [String]
    /// 1 is handled first; set once all reviews are triaged.
    public var priority = 0
    /// Whole days since the review was written, at the triage date; nil without a review time.
    public var ageDays: Int?
    /// The last day the review can be reported, where the profile knows a reporting window.
    public var reportDeadline: PolicyDate?
    /// The reporting window has passed: the signals stay, the report action is dropped.
    public var reportWindowClosed = false
    /// A compliant reply to start from, when the action is `reply`.
    public var draft: String?
    public var draftLanguage: String?

    /// Days left to report (negative once the window has closed).
    public func daysLeft(asOf date: PolicyDate) -> Int? { reportDeadline.map { date.days(until: $0) } }

    /// Why the review needs a reply, in words.
    public var replyReason: String? {
        guard actions.contains(.reply) else { return nil }
        if replyFindings.isEmpty { return "no reply yet" }
        return "the reply breaks a rule: " + Set(replyFindings.map(\.category)).sorted().joined(separator: ", ")
    }
}
