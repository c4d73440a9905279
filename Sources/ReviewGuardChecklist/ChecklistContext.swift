import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardTriage

/// What a store's checklist is judged against: the moment of the check, the policy profile and its thresholds
/// in force on that date, and the store's reviews and chat findings when those exports were given.
public struct ChecklistContext: Sendable {
    /// The moment of the check (seconds since 1970) and its UTC date, the date whose rules apply.
    public var now: Double
    public var date: PolicyDate
    public var profile: String
    public var policies: PolicyBook
    /// The store's reviews that need an action; nil when no review export was given.
    public var reviews: [TriageItem]?
    /// The store's chat findings; nil when no chat export was given.
    public var chatFindings: [ScanFinding]?

    public init(now: Double, profile: String, policies: PolicyBook, reviews: [TriageItem]? = nil, chatFindings: [ScanFinding]? = nil) {
        self.now = now
        date = PolicyDate(secondsSince1970: now)
        self.profile = profile
        self.policies = policies
        self.reviews = reviews
        self.chatFindings = chatFindings
    }

    func threshold(_ name: String) -> PolicyBook.ThresholdInForce? { policies.threshold(name, profile: profile, on: date) }

    /// Whole days from a moment to now (negative for a future moment).
    func days(since moment: StoreSnapshot.Moment) -> Int { Int(((now - moment.seconds) / 86_400).rounded(.down)) }

    /// Whole hours from a moment to now.
    func hours(since moment: StoreSnapshot.Moment) -> Int { Int(((now - moment.seconds) / 3_600).rounded(.down)) }

    /// The UTC date `days` after a moment.
    func date(_ moment: StoreSnapshot.Moment, plus days: Int) -> PolicyDate { PolicyDate(secondsSince1970: moment.seconds + Double(days) * 86_400) }
}

/// One item of the daily checklist, evaluated from a snapshot.
public protocol ChecklistCheck: Sendable {
    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem
}

/// The whole checklist, in the order of the daily routine.
public enum StoreChecklist {
    public static let checks: [any ChecklistCheck] = [
        StoreStatusCheck(), AccountSecurityCheck(), FundsCheck(), ReviewsCheck(), OrdersCheck(), InventoryCheck(), CustomerServiceCheck(),
    ]

    public static func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> [ChecklistItem] {
        checks.map { $0.evaluate(snapshot, in: context) }
    }
}
