import ReviewGuardRules
import ReviewGuardScan

/// The daily triage list of a review export: every review read is triaged, needs no action, or is skipped with
/// its file, line and reason, and the counts say so.
public struct ReviewTriage: Sendable {
    /// The reviews that need an action, in priority order (1 first).
    public var items: [TriageItem]
    public var summary: TriageSummary
    public var date: PolicyDate
    public var profile: String
    public var reportWindow: PolicyBook.ThresholdInForce?

    public struct Options: Sendable {
        public var columns = ReviewColumns()
        public var reader = ExportReader()
        /// Stop at the first record that cannot be triaged.
        public var strict = false

        public init() {}
    }

    /// Reads the review exports (`-` is standard input) and triages every review.
    public static func run(files: [String], triager: ReviewTriager, options: Options = Options()) throws -> ReviewTriage {
        var summary = TriageSummary()
        var items: [TriageItem] = []
        for path in files {
            summary.files.append(path)
            try options.reader.read(path) { raw, _ in
                summary.reviewsRead += 1
                switch options.columns.review(raw.parsed()) {
                case .failure(let skip):
                    if options.strict { throw ScanError.badRecord(path: skip.file, line: skip.line, reason: skip.reason) }
                    summary.skipped.append(skip)
                case .success(let review):
                    let item = triager.triage(review)
                    if item.actions.isEmpty {
                        summary.noAction += 1
                    } else {
                        summary.count(item)
                        items.append(item)
                    }
                }
            }
        }
        return ReviewTriage(
            items: ReviewTriager.prioritized(items, asOf: triager.date), summary: summary, date: triager.date, profile: triager.profile,
            reportWindow: triager.reportWindow)
    }
}

/// Counts that reconcile: reviews read = triaged (an action is needed) + no action + skipped.
public struct TriageSummary: Sendable {
    public var files: [String] = []
    public var reviewsRead = 0
    public var noAction = 0
    public var skipped: [SkipReason] = []
    public var triaged = 0
    public var byAction: [String: Int] = [:]
    public var byStore: [String: Int] = [:]
    public var byTopic: [String: Int] = [:]
    public var bySignal: [String: Int] = [:]

    public init() {}

    mutating func count(_ item: TriageItem) {
        triaged += 1
        for action in item.actions { byAction[action.rawValue, default: 0] += 1 }
        byStore[item.review.store ?? "(no store)", default: 0] += 1
        for topic in item.topics { byTopic[topic, default: 0] += 1 }
        for signal in item.signals { bySignal[signal.id, default: 0] += 1 }
    }

    /// One line for people: what was read and what needs doing, reconciled.
    public var line: String {
        "\(reviewsRead) review(s) read = \(triaged) need action + \(noAction) no action + \(skipped.count) skipped"
            + "; reply \(byAction["reply"] ?? 0), report \(byAction["report"] ?? 0)"
    }
}
