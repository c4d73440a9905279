import ReviewGuardRules

/// Decides, for one review, what it needs: a reply, a report, its topics, a deadline and a compliant draft. It
/// reads the review with the triage rules (`lexicons/triage/`) and checks the seller's existing reply with the
/// same rules as `check`. Owns checkers, so use one triager per thread.
public final class ReviewTriager {
    public struct Options: Sendable {
        /// Ratings that need a reply when there is none (default 1–2 stars).
        public var replyRatings: ClosedRange<Int> = 1...2
        /// The lowest severity of a finding that makes an existing reply non-compliant.
        public var replyFailOn: Severity = .warning
        /// Ratings at which the review is never `positive`: a 1-star rant that says "it looked nice at first" is a
        /// complaint, whatever praise its words hold.
        public var complaintRatings: ClosedRange<Int> = 1...2
        /// Ratings that are praise by themselves: a 4-star review is `positive` even when its words only name
        /// the small thing that cost the fifth star. (5 stars are not: a sarcastic 5-star review is a complaint.)
        public var praiseRatings: ClosedRange<Int> = 4...4
        /// Ratings at which praise beside a concrete complaint is irony: "5 stars, only took three weeks 👏" and
        /// "great packing, the glass came in five pieces" are complaints. A price remark ("good, but cheaper
        /// elsewhere") and a packaging remark are minor enough to leave the praise standing.
        public var ironyRatings: ClosedRange<Int> = 5...5
        public var remarksBesidePraise: Set<String> = ["price", "packaging"]

        public init() {}
    }

    /// Topics in the order a reply addresses them: the most concrete problem first, praise last.
    public static let topicOrder = [
        "damaged", "wrong-item", "missing-item", "counterfeit", "not-as-described", "quality", "size-fit",
        "shipping-delay", "packaging", "customer-service", "price", "positive",
    ]
    /// The report signals the triage rules may raise.
    public static let signalIDs = ["coercion", "competitor", "spam", "abuse", "personal-data", "wrong-listing"]

    public let date: PolicyDate
    public let profile: String
    /// The reporting window in force for the profile on the date, when the platform publishes one.
    public let reportWindow: PolicyBook.ThresholdInForce?
    private let replyChecker: Checker
    private let reviewChecker: Checker
    private let drafts: ReplyDrafts
    private let options: Options

    public init(rules: RuleSet, triageRules: RuleSet, drafts: ReplyDrafts, profile: String, asOf date: PolicyDate, options: Options = Options()) throws {
        replyChecker = try Checker(rules: rules, profile: profile, asOf: date)
        reviewChecker = try Checker(rules: triageRules, profile: profile, asOf: date)
        self.drafts = drafts
        self.date = date
        self.profile = profile
        self.options = options
        reportWindow = rules.policies.threshold("review_report_window_days", profile: profile, on: date)
    }

    public func triage(_ review: Review) -> TriageItem {
        let hint = review.language.map(LanguageGuess.code)
        let findings = review.text.isEmpty ? [] : reviewChecker.check(review.text, kind: .chat, sender: .buyer, language: hint, includeSignals: true)
        var found = Set(findings.filter { $0.category == "topic" }.map(\.rule))
        if options.complaintRatings.contains(review.rating) {
            found.remove("positive")
        } else if options.praiseRatings.contains(review.rating) {
            found.insert("positive")
        } else if options.ironyRatings.contains(review.rating),
            found.contains(where: { $0 != "positive" && !options.remarksBesidePraise.contains($0) })
        {
            found.remove("positive")
        }
        let topics = Self.topicOrder.filter(found.contains)
        var signals: [TriageItem.Signal] = []
        for finding in findings where finding.category == "report" && !signals.contains(where: { $0.id == finding.rule }) {
            signals.append(TriageItem.Signal(id: finding.rule, excerpt: finding.excerpt, start: finding.characters.lowerBound, end: finding.characters.upperBound))
        }
        let replyFindings = review.reply.map { reply in
            replyChecker.check(reply, kind: .reviewReply, sender: .seller, language: hint).filter { !$0.isSignal && $0.severity >= options.replyFailOn }
        } ?? []

        var item = TriageItem(review: review, actions: [], replyFindings: replyFindings, signals: signals, topics: topics)
        item.ageDays = review.date.map { $0.days(until: date) }
        if options.replyRatings.contains(review.rating) && (review.reply == nil || !replyFindings.isEmpty) {
            item.actions.append(.reply)
        }
        if !signals.isEmpty {
            if let window = reportWindow, let written = review.date {
                let deadline = written.adding(days: Int(window.value))
                item.reportDeadline = deadline
                item.reportWindowClosed = deadline < date
            }
            if !item.reportWindowClosed { item.actions.append(.report) }
        }
        if item.actions.contains(.reply) {
            let language = hint ?? LanguageGuess.language(of: review.text, checker: reviewChecker)
            let complaint = topics.first { $0 != "positive" }
            if let chosen = drafts.draft(topic: complaint, language: language) {
                item.draft = chosen.text
                item.draftLanguage = chosen.language
            }
        }
        return item
    }

    /// Orders the items that need an action and numbers them: replies (and reports about to expire) first, then
    /// the oldest, then the lowest rating.
    public static func prioritized(_ items: [TriageItem], asOf date: PolicyDate) -> [TriageItem] {
        func group(_ item: TriageItem) -> Int {
            if item.actions.contains(.reply) { return 0 }
            if let left = item.daysLeft(asOf: date), left <= 3 { return 0 }
            return 1
        }
        let sorted = items.sorted { lhs, rhs in
            let left = (group(lhs), -(lhs.ageDays ?? Int.min / 2), lhs.review.rating)
            let right = (group(rhs), -(rhs.ageDays ?? Int.min / 2), rhs.review.rating)
            if left != right { return left < right }
            return (lhs.review.file, lhs.review.line) < (rhs.review.file, rhs.review.line)
        }
        return sorted.enumerated().map { index, item in
            var numbered = item
            numbered.priority = index + 1
            return numbered
        }
    }
}

extension ReviewTriager {
    /// A triager over a lexicon directory: its rules, `triage/` rules and `replies/` drafts (each draft checked).
    public static func load(rules: RuleSet, directory: String, profile: String, asOf date: PolicyDate, options: Options = Options()) throws -> ReviewTriager {
        let triageRules = try RuleSet.loadTriage(directory: directory)
        let drafts = try ReplyDrafts.load(directory: directory + "/replies", checker: Checker(rules: rules, profile: profile, asOf: date))
        return try ReviewTriager(rules: rules, triageRules: triageRules, drafts: drafts, profile: profile, asOf: date, options: options)
    }
}
