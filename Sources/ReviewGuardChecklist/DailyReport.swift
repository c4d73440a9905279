import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardTriage

/// The daily report: every store's checklist beside its chat findings and its review triage, stores worst first,
/// and the actions due today.
public struct DailyReport: Sendable {
    public struct StoreReport: Sendable {
        public var snapshot: StoreSnapshot
        public var profile: String
        /// Why this profile: the snapshot's platform and market, or the fallback.
        public var profileNote: String
        public var items: [ChecklistItem]

        public var worst: CheckStatus { items.map(\.status).max() ?? .unknown }
        public func count(_ status: CheckStatus) -> Int { items.filter { $0.status == status }.count }
    }

    /// One thing to do, for the "today" list.
    public struct Action: Sendable {
        public var store: String
        public var item: String
        public var status: CheckStatus
        public var action: String
        public var deadline: PolicyDate?
    }

    public var date: PolicyDate
    /// The moment the checklist was judged at, ISO 8601 UTC.
    public var now: String
    public var stores: [StoreReport]
    public var triage: ReviewTriage?
    public var chatFindings: [ScanFinding]?
    public var chatSummary: ScanSummary?

    /// Assembles the report: a profile per store from its platform and market (else `fallbackProfile`), the
    /// store's reviews and chat findings matched by store id or name.
    public init(snapshots: [StoreSnapshot], policies: PolicyBook, now: Double, fallbackProfile: String,
                triage: ReviewTriage? = nil, chatFindings: [ScanFinding]? = nil, chatSummary: ScanSummary? = nil) {
        date = PolicyDate(secondsSince1970: now)
        self.now = TimeParser.iso(now)
        self.triage = triage
        self.chatFindings = chatFindings
        self.chatSummary = chatSummary
        stores = snapshots.map { snapshot in
            let (profile, note) = Self.profile(for: snapshot, policies: policies, fallback: fallbackProfile)
            let names = Set([snapshot.store, snapshot.name].compactMap { $0?.lowercased() })
            let belongs = { (store: String?) in store.map { names.contains($0.lowercased()) } ?? false }
            let context = ChecklistContext(
                now: now, profile: profile, policies: policies, reviews: triage.map { $0.items.filter { belongs($0.review.store) } },
                chatFindings: chatFindings.map { $0.filter { belongs($0.record.store) } })
            return StoreReport(snapshot: snapshot, profile: profile, profileNote: note, items: StoreChecklist.evaluate(snapshot, in: context))
        }.sorted { lhs, rhs in
            let left = (lhs.count(.critical), lhs.count(.warning), lhs.count(.unknown))
            let right = (rhs.count(.critical), rhs.count(.warning), rhs.count(.unknown))
            return left != right ? left > right : lhs.snapshot.store < rhs.snapshot.store
        }
    }

    static func profile(for snapshot: StoreSnapshot, policies: PolicyBook, fallback: String) -> (String, String) {
        guard let platform = snapshot.platform else { return (fallback, "no platform in the snapshot: profile \(fallback)") }
        if let id = try? policies.profileID(platform: platform, market: snapshot.market) {
            return (id, "\(platform)\(snapshot.market.map { " \($0)" } ?? "")")
        }
        return (fallback, "no profile for \(platform)\(snapshot.market.map { " \($0)" } ?? ""): profile \(fallback)")
    }

    /// Every action of a note that is not ok, the most urgent first: deadline, then status. The same action for
    /// one item is listed once, with its worst status and earliest deadline.
    public var actions: [Action] {
        var actions: [Action] = []
        for store in stores {
            for item in store.items {
                for note in item.notes where note.status == .critical || note.status == .warning {
                    guard let text = note.action else { continue }
                    if let index = actions.firstIndex(where: { $0.store == store.snapshot.displayName && $0.item == item.title && $0.action == text }) {
                        actions[index].status = max(actions[index].status, note.status)
                        actions[index].deadline = [actions[index].deadline, note.deadline].compactMap { $0 }.min()
                    } else {
                        // Critical means today when the item names no later date.
                        let deadline = note.deadline ?? (note.status == .critical ? date : nil)
                        actions.append(Action(store: store.snapshot.displayName, item: item.title, status: note.status, action: text, deadline: deadline))
                    }
                }
            }
        }
        let never = PolicyDate(year: 9999, month: 12, day: 31)
        return actions.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.deadline ?? never, lhs.element.status == .critical ? 0 : 1, lhs.offset)
            let right = (rhs.element.deadline ?? never, rhs.element.status == .critical ? 0 : 1, rhs.offset)
            return left < right
        }.map(\.element)
    }

    /// Whether any store has a critical item (the command's exit code 1).
    public var hasCritical: Bool { stores.contains { $0.worst == .critical } }
}
