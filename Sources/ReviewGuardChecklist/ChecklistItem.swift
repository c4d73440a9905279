import ReviewGuardRules

/// How a checklist item stands. Ordered from best to worst: an unknown item is worse than an ok one (missing data
/// is never reported as fine).
public enum CheckStatus: String, Sendable, Comparable, CaseIterable {
    case ok, unknown, warning, critical

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: CheckStatus, rhs: CheckStatus) -> Bool { lhs.rank < rhs.rank }
}

/// One item of a store's daily checklist: its status, the reasons in words, what to do and by when, and the
/// policy thresholds it was judged by.
public struct ChecklistItem: Sendable {
    /// One observation inside an item (an item can see several: 2SV off and a new login country).
    public struct Note: Sendable {
        public var status: CheckStatus
        public var reason: String
        public var action: String?
        public var deadline: PolicyDate?
    }

    public var id: String
    public var title: String
    public var notes: [Note] = []
    /// The thresholds in force that this item used, for the report to name.
    public var thresholds: [PolicyBook.ThresholdInForce] = []

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// The worst status of its notes; an item with no notes has nothing known about it.
    public var status: CheckStatus { notes.map(\.status).max() ?? .unknown }
    /// The earliest deadline of a note that is not ok.
    public var deadline: PolicyDate? { notes.filter { $0.status != .ok }.compactMap(\.deadline).min() }
    /// The reasons of the worst notes first.
    public var reasons: [String] { notes.sorted { $0.status > $1.status }.map(\.reason) }
    public var actions: [String] {
        var seen: [String] = []
        for note in notes.sorted(by: { $0.status > $1.status }) where note.status != .ok {
            if let action = note.action, !seen.contains(action) { seen.append(action) }
        }
        return seen
    }

    mutating func add(_ status: CheckStatus, _ reason: String, action: String? = nil, deadline: PolicyDate? = nil) {
        notes.append(Note(status: status, reason: reason, action: action, deadline: deadline))
    }

    /// Looks up a threshold and records that the item used it.
    mutating func threshold(_ name: String, in context: ChecklistContext) -> Double? {
        guard let found = context.threshold(name) else { return nil }
        if !thresholds.contains(where: { $0.name == name }) { thresholds.append(found) }
        return found.value
    }
}
