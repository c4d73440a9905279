import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardScan

/// Writes a triage list in one output format. The list is complete (it is sorted by priority) when it is written.
public protocol TriageReporter {
    func write(_ triage: ReviewTriage, to sink: OutputSink)
}

/// The reporter for a format name: text, jsonl, json, csv, markdown or html.
public func makeTriageReporter(format: String, color: Bool) -> TriageReporter? {
    switch format {
    case "text": TerminalTriageReporter(color: color)
    case "jsonl": JSONLinesTriageReporter()
    case "json": JSONTriageReporter()
    case "csv": CSVTriageReporter()
    case "markdown": MarkdownTriageReporter()
    case "html": HTMLTriageReporter()
    default: nil
    }
}

extension TriageItem {
    /// The JSON Lines contract: one object per review that needs an action.
    public func json(asOf date: PolicyDate) -> JSON {
        let optional = { (value: String?) in value.map(JSON.string) ?? .null }
        return .object([
            ("record", .string(review.id)), ("file", .string(review.file)), ("line", .int(review.line)),
            ("store", optional(review.store)), ("sku", optional(review.sku)), ("order", optional(review.order)),
            ("rating", .int(review.rating)), ("time", optional(review.time)), ("age_days", ageDays.map(JSON.int) ?? .null),
            ("actions", .array(actions.map { .string($0.rawValue) })), ("reply_reason", optional(replyReason)),
            ("reply_findings", .array(replyFindings.map { .object([("rule", .string($0.rule)), ("category", .string($0.category)), ("excerpt", .string($0.excerpt))]) })),
            ("topics", .array(topics.map(JSON.string))),
            ("signals", .array(signals.map { .object([("signal", .string($0.id)), ("excerpt", .string($0.excerpt)), ("start", .int($0.start)), ("end", .int($0.end))]) })),
            ("priority", .int(priority)), ("deadline", optional(reportDeadline?.description)),
            ("days_left", daysLeft(asOf: date).map(JSON.int) ?? .null), ("report_window_closed", .bool(reportWindowClosed)),
            ("draft", optional(draft)), ("draft_language", optional(draftLanguage)), ("text", .string(review.text)),
        ])
    }

    /// The review text shortened for tables.
    public var excerpt: String {
        let flat = review.text.replacingNewlines()
        return flat.count > 90 ? String(flat.prefix(87)) + "..." : flat
    }

    /// "12d" or "?" when the export gives no review time.
    public var ageText: String { ageDays.map { "\($0)d" } ?? "?" }

    public var actionText: String { actions.map(\.rawValue).joined(separator: "+") }
}

extension TriageSummary {
    /// The summary as JSON: counts that reconcile, every skipped record with its reason.
    public var json: JSON {
        let counts = { (pairs: [String: Int]) in JSON.object(pairs.sorted { $0.key < $1.key }.map { ($0.key, JSON.int($0.value)) }) }
        return .object([
            ("files", .array(files.map(JSON.string))), ("reviewsRead", .int(reviewsRead)), ("triaged", .int(triaged)),
            ("noAction", .int(noAction)), ("skipped", .int(skipped.count)), ("byAction", counts(byAction)),
            ("byStore", counts(byStore)), ("byTopic", counts(byTopic)), ("bySignal", counts(bySignal)),
            ("skippedRecords", .array(skipped.map { .object([("file", .string($0.file)), ("line", .int($0.line)), ("reason", .string($0.reason))]) })),
        ])
    }
}

extension ReviewTriage {
    /// Where the reporting window comes from, in words, or why there is none.
    public var windowNote: String {
        guard let window = reportWindow else { return "profile \(profile) knows no reporting window: report candidates have no deadline" }
        return "reporting window \(Int(window.value)) days (\(window.profile), since \(window.since)): \(window.note)"
    }
}
