import ReviewGuardIO

/// `--format csv`: one finding per row, RFC 4180 quoting, the same columns as JSON Lines.
final class CSVScanReporter: ScanReporter {
    static let columns = ["record", "file", "line", "store", "conversation", "order", "sender", "time", "rule", "category",
                          "severity", "message", "start", "end", "excerpt", "obfuscated"]
    private let sink: OutputSink

    init(sink: OutputSink) {
        self.sink = sink
        sink.write(ReportText.csvRow(Self.columns))
    }

    func add(_ finding: ScanFinding) {
        let record = finding.record
        let values: [String] = [
            record.id, record.file, String(record.line), record.store ?? "", record.conversation ?? "", record.order ?? "",
            record.sender.rawValue, record.time ?? "", finding.rule, finding.category, finding.severity.rawValue,
            finding.message, String(finding.start), String(finding.end), finding.excerpt, finding.obfuscated ? "true" : "false",
        ]
        sink.write(ReportText.csvRow(values))
    }

    func finish(_ summary: ScanSummary) {}
}
