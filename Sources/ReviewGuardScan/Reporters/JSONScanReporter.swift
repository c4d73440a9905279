import ReviewGuardIO

/// `--format json`: one document with the summary and every finding.
final class JSONScanReporter: ScanReporter {
    private let sink: OutputSink
    private var findings: [JSON] = []

    init(sink: OutputSink) { self.sink = sink }

    func add(_ finding: ScanFinding) { findings.append(finding.json) }

    func finish(_ summary: ScanSummary) {
        sink.write(JSON.object([("summary", summary.json), ("findings", .array(findings))]).pretty() + "\n")
    }
}
