import Yams

/// One version of a numeric policy threshold (a number of days, an amount, a percentage), in force from
/// `since` until a later version, with where it is written. Platforms change these, so a report for a date
/// uses the version in force on that date and names it.
public struct Threshold: Sendable {
    public var value: Double
    public var since: PolicyDate
    public var source: String
    public var note: String

    /// The thresholds a profile may set, with their unit; a misspelt name is a configuration error.
    public static let known: [String: String] = [
        "review_report_window_days": "days after a review during which it can be reported",
        "inactivity_warning_days": "days without a valid operation before ReviewGuard warns",
        "inactivity_days": "days without a valid operation after which the store is marked inactive",
        "inactivity_grace_days": "days after the inactivity notice to perform a valid operation before delisting",
        "inactivity_ban_days": "days without a valid operation after which the store may be banned",
        "negative_balance_days": "days a negative balance may last before withdrawals freeze",
        "negative_balance_amount": "negative balance (USD) beyond which withdrawals freeze or benefits stop",
        "negative_balance_freeze_amount": "negative balance (USD) beyond which wallet withdrawals are frozen",
        "negative_balance_deactivation_amount": "negative balance (USD) beyond which the store is deactivated",
        "message_response_hours": "hours within which a customer message must be answered",
        "response_rate_warning": "response rate (percent) below which the platform warns",
        "response_rate_critical": "response rate (percent) below which enforcement may follow",
        "ship_by_warning_hours": "hours before the ship-by time at which a pending order is flagged",
        "password_min_length": "minimum password length of the checklist's password policy",
        "sub_account_max_admins": "sub-accounts with full permissions beyond which least privilege is broken",
    ]

    static func load(_ node: Node, _ document: YAMLDocument) throws(ConfigurationError) -> Threshold {
        var value: Double?
        var since: PolicyDate?
        var source = ""
        var note = ""
        for (key, keyNode, item) in try document.mapping(node, "a threshold") {
            switch key {
            case "value":
                guard let number = Double(try document.string(item, "value")), number.isFinite else {
                    throw document.error("value must be a number", at: item)
                }
                value = number
            case "since": since = try document.date(item, "since")
            case "source": source = try document.string(item, "source")
            case "note": note = try document.string(item, "note")
            default: throw document.error("unknown key '\(key)' (expected value, since, source, note)", at: keyNode)
            }
        }
        guard let value else { throw document.error("a threshold needs 'value'", at: node) }
        guard let since else { throw document.error("a threshold needs 'since' (the date it took effect)", at: node) }
        guard !source.isEmpty else { throw document.error("a threshold needs 'source' (where it is written)", at: node) }
        return Threshold(value: value, since: since, source: source, note: note)
    }
}

extension PolicyBook {
    /// A threshold in force on a date, with the profile it was written in.
    public struct ThresholdInForce: Sendable {
        public var name: String
        public var value: Double
        public var since: PolicyDate
        public var source: String
        public var note: String
        public var profile: String
    }

    /// The version of threshold `name` in force on `date` for a profile, following `extends`; nil when no profile
    /// of the chain knows one (the platform publishes none, or it took effect later).
    public func threshold(_ name: String, profile id: String, on date: PolicyDate) -> ThresholdInForce? {
        var current: String? = id
        while let profileName = current, let profile = profiles[profileName] {
            if let versions = profile.thresholds[name], let version = versions.last(where: { $0.since <= date }) {
                return ThresholdInForce(name: name, value: version.value, since: version.since, source: version.source, note: version.note, profile: profileName)
            }
            current = profile.extends
        }
        return nil
    }
}
