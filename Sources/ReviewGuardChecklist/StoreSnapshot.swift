import ReviewGuardRules

/// What a team collects about one store on one day (schema `reviewguard-snapshot/1`, documented in
/// `docs/snapshot.md` and `schemas/store-snapshot.schema.json`). Every section and field is optional: what is
/// missing is reported as "unknown", never as "ok".
public struct StoreSnapshot: Sendable {
    /// A point in time, as written and as seconds since 1970 (UTC).
    public struct Moment: Sendable, Comparable {
        public var iso: String
        public var seconds: Double

        public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.seconds < rhs.seconds }

        /// The UTC calendar date of the moment.
        public var date: PolicyDate { PolicyDate(secondsSince1970: seconds) }
    }

    public struct Status: Sendable {
        /// active, warned, inactive, delisted, suspended or banned, as the Seller Center shows it.
        public var state: String?
        public var lastLogin: Moment?
        public var lastValidOperation: Moment?
        /// When the platform's "your store is inactive" notice arrived.
        public var inactivityNotice: Moment?
    }

    public struct PasswordPolicy: Sendable {
        public var length: Int?
        public var uppercase: Bool?
        public var lowercase: Bool?
        public var digits: Bool?
        public var symbols: Bool?
    }

    public struct Login: Sendable {
        public var at: Moment?
        public var ip: String?
        public var country: String?
        public var account: String?
    }

    public struct SubAccount: Sendable {
        public var name: String
        public var role: String?
        public var permissions: [String]
    }

    public struct Security: Sendable {
        public var twoStepVerification: Bool?
        public var password: PasswordPolicy?
        public var knownIPs: [String]?
        public var knownCountries: [String]?
        public var logins: [Login]?
        public var subAccounts: [SubAccount]?
    }

    public struct Invoice: Sendable {
        public var id: String
        /// settled, pending, failed, disputed or overdue.
        public var status: String
        public var amount: Double?
    }

    public struct Funds: Sendable {
        public var currency: String?
        public var balance: Double?
        /// US dollars per unit of `currency`, to compare a non-USD balance with the USD thresholds.
        public var usdRate: Double?
        public var negativeSince: Moment?
        /// normal, frozen or restricted.
        public var withdrawals: String?
        public var invoices: [Invoice]?
    }

    /// An order event: an RTS failure, an interception request, a dispute, a non-receipt complaint.
    public struct OrderEvent: Sendable {
        public var id: String
        public var at: Moment?
        /// open or resolved (open when absent).
        public var status: String?
        public var isOpen: Bool { status.map { !["resolved", "closed", "done", "cancelled", "canceled"].contains($0.lowercased()) } ?? true }
    }

    public struct PendingOrder: Sendable {
        public var id: String
        public var shipBy: Moment?
    }

    public struct Orders: Sendable {
        public var pending: [PendingOrder]?
        public var rtsFailures: [OrderEvent]?
        public var interceptions: [OrderEvent]?
        public var disputes: [OrderEvent]?
        public var nonReceipt: [OrderEvent]?
    }

    public struct StockItem: Sendable {
        public var sku: String
        public var stock: Int
        public var safetyStock: Int?
        public var openOrders: Int?
    }

    public struct UnreadMessage: Sendable {
        public var conversation: String?
        public var received: Moment
    }

    public struct CustomerService: Sendable {
        public var unread: [UnreadMessage]?
        /// Percent, 0–100.
        public var responseRate: Double?
    }

    public struct Violation: Sendable {
        public var id: String?
        public var type: String
        public var at: Moment?
        public var points: Double?
        public var status: String?
        public var isOpen: Bool { status.map { !["resolved", "closed", "appealed-won", "expired"].contains($0.lowercased()) } ?? true }
    }

    /// A field that looked like a secret: it was not read, and the report says where it is (never its value).
    public struct SecretField: Sendable {
        public var key: String
        public var line: Int
    }

    public var file: String
    public var store: String
    public var name: String?
    public var platform: String?
    public var market: String?
    public var takenAt: Moment?
    public var status: Status?
    public var security: Security?
    public var funds: Funds?
    public var orders: Orders?
    public var inventory: [StockItem]?
    public var customerService: CustomerService?
    public var violations: [Violation]?
    public var secrets: [SecretField] = []

    public var displayName: String { name ?? store }
}
