import ReviewGuardRules

/// Counts review requests per order across the whole export, whatever the order of rows or files, and reports
/// every request after the allowed number (repeated-review-request).
struct ConversationTracker {
    struct Request {
        var record: ChatRecord
        var finding: Finding?
    }

    /// How many requests one order may receive (Amazon: one per order; TikTok UK: no repeated requests).
    let allowed: Int
    private(set) var requests: [String: [Request]] = [:]

    init(allowed: Int = 1) { self.allowed = allowed }

    /// The order a request belongs to: the store's order, else its conversation; nil when neither is known.
    static func key(_ record: ChatRecord) -> String? {
        let store = record.store ?? ""
        if let order = record.order { return "\(store)\u{1F}order\u{1F}\(order)" }
        if let conversation = record.conversation { return "\(store)\u{1F}conversation\u{1F}\(conversation)" }
        return nil
    }

    mutating func add(_ record: ChatRecord, request: Finding?) {
        guard let key = Self.key(record) else { return }
        requests[key, default: []].append(Request(record: record, finding: request))
    }

    /// The repeated requests, in time order within each order (then file and line for equal or missing times).
    func findings() -> [ScanFinding] {
        var result: [ScanFinding] = []
        for (_, list) in requests where list.count > allowed {
            let ordered = list.sorted { a, b in
                let ta = a.record.timestamp ?? .infinity
                let tb = b.record.timestamp ?? .infinity
                if ta != tb { return ta < tb }
                if a.record.file != b.record.file { return a.record.file < b.record.file }
                return a.record.line < b.record.line
            }
            let first = ordered[0].record
            for (index, request) in ordered.enumerated().dropFirst(allowed) {
                let subject = request.record.order.map { "order \($0)" } ?? "this conversation"
                let characters = Array(request.record.text)
                let start = request.finding?.characters.lowerBound ?? 0
                let end = request.finding?.characters.upperBound ?? characters.count
                result.append(ScanFinding(
                    record: request.record, rule: "repeated-review-request", category: "repeated-review-request",
                    severity: .error,
                    message: "Review request number \(index + 1) for \(subject); only \(allowed) allowed (first at \(first.file):\(first.line)).",
                    start: start, end: end, excerpt: String(characters[min(start, characters.count)..<min(end, characters.count)]),
                    obfuscated: request.finding?.obfuscated ?? false,
                    suggestion: "Send one review request per order, or let the platform's own reminder do it."))
            }
        }
        return result.sorted { ($0.record.file, $0.record.line) < ($1.record.file, $1.record.line) }
    }
}
