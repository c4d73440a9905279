import ReviewGuardRules

/// A finding of the batch scan: what the text rules (or a conversation rule) found in one message, with the
/// record it came from.
public struct ScanFinding: Sendable {
    public var record: ChatRecord
    public var rule: String
    public var category: String
    public var severity: Severity
    public var message: String
    /// Character offsets in the message text.
    public var start: Int
    public var end: Int
    public var excerpt: String
    public var obfuscated: Bool
    public var suggestion: String?
}

/// What a scan read, scanned, skipped and found; it always reconciles: read = scanned + skipped.
public struct ScanSummary: Sendable {
    public var files: [String] = []
    public var recordsRead = 0
    public var recordsScanned = 0
    public var sellerMessages = 0
    public var buyerMessages = 0
    public var skipped: [SkipReason] = []
    public var recordsWithInvalidUTF8 = 0
    public var findings = 0
    public var bySeverity: [Severity: Int] = [:]
    public var byCategory: [String: Int] = [:]
    public var byStore: [String: Int] = [:]
    /// Findings per conversation (store / conversation or order), for "the worst conversations".
    public var byConversation: [String: Int] = [:]
    public var bytesRead = 0
    public var seconds = 0.0

    public var reconciles: Bool { recordsRead == recordsScanned + skipped.count }

    mutating func count(_ finding: ScanFinding) {
        findings += 1
        bySeverity[finding.severity, default: 0] += 1
        byCategory[finding.category, default: 0] += 1
        byStore[finding.record.store ?? "(no store)", default: 0] += 1
        byConversation[Self.conversationKey(finding.record), default: 0] += 1
    }

    static func conversationKey(_ record: ChatRecord) -> String {
        let store = record.store ?? "(no store)"
        if let conversation = record.conversation { return "\(store) / \(conversation)" }
        if let order = record.order { return "\(store) / order \(order)" }
        return "\(store) / \(record.buyer ?? "(no conversation)")"
    }
}
