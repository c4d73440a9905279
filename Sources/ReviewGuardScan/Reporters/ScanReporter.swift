import ReviewGuardIO
import ReviewGuardRules

/// Writes the results of a scan in one output format. Findings arrive in order, one by one; streaming formats
/// write them at once, the others when the scan is finished.
public protocol ScanReporter: AnyObject {
    func add(_ finding: ScanFinding)
    func finish(_ summary: ScanSummary)
}

/// The reporter for a format name.
public func makeScanReporter(format: String, sink: OutputSink, color: Bool) -> ScanReporter? {
    switch format {
    case "jsonl": JSONLinesScanReporter(sink: sink)
    case "json": JSONScanReporter(sink: sink)
    case "csv": CSVScanReporter(sink: sink)
    case "sarif": SARIFScanReporter(sink: sink)
    case "markdown": MarkdownScanReporter(sink: sink)
    case "text": TerminalScanReporter(sink: sink, color: color)
    default: nil
    }
}

extension ScanFinding {
    /// The JSON Lines contract: one object per finding.
    public var json: JSON {
        let optional = { (value: String?) in value.map(JSON.string) ?? .null }
        return .object([
            ("record", .string(record.id)), ("file", .string(record.file)), ("line", .int(record.line)),
            ("store", optional(record.store)), ("conversation", optional(record.conversation)),
            ("order", optional(record.order)), ("sender", .string(record.sender.rawValue)), ("time", optional(record.time)),
            ("rule", .string(rule)), ("category", .string(category)), ("severity", .string(severity.rawValue)),
            ("message", .string(message)), ("start", .int(start)), ("end", .int(end)), ("excerpt", .string(excerpt)),
            ("obfuscated", .bool(obfuscated)),
        ])
    }
}

extension ScanSummary {
    /// The summary as JSON: counts that reconcile, every skipped record with its reason.
    public var json: JSON {
        let counts = { (pairs: [(String, Int)]) in JSON.object(pairs.sorted { $0.0 < $1.0 }.map { ($0.0, JSON.int($0.1)) }) }
        return .object([
            ("files", .array(files.map(JSON.string))), ("recordsRead", .int(recordsRead)),
            ("recordsScanned", .int(recordsScanned)), ("recordsSkipped", .int(skipped.count)),
            ("sellerMessages", .int(sellerMessages)), ("buyerMessages", .int(buyerMessages)),
            ("recordsWithInvalidUTF8", .int(recordsWithInvalidUTF8)), ("findings", .int(findings)),
            ("bySeverity", counts(bySeverity.map { ($0.key.rawValue, $0.value) })),
            ("byCategory", counts(byCategory.map { ($0.key, $0.value) })), ("byStore", counts(byStore.map { ($0.key, $0.value) })),
            ("worstConversations", .array(worstConversations(10).map { .object([("conversation", .string($0.0)), ("findings", .int($0.1))]) })),
            ("skipped", .array(skipped.map { .object([("file", .string($0.file)), ("line", .int($0.line)), ("reason", .string($0.reason))]) })),
        ])
    }

    /// The conversations with the most findings.
    public func worstConversations(_ count: Int) -> [(String, Int)] {
        Array(byConversation.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count))
    }

    /// One line for people: what was read and found, and that it reconciles.
    public var line: String {
        "\(recordsRead) record(s) read = \(recordsScanned) scanned + \(skipped.count) skipped; \(findings) finding(s)"
            + (recordsWithInvalidUTF8 > 0 ? "; \(recordsWithInvalidUTF8) record(s) had invalid UTF-8 (replaced)" : "")
    }
}
