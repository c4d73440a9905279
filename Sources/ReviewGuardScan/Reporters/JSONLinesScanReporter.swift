/// `--format jsonl`: one finding per line as it is found (the contract other tools build on); the summary goes
/// to standard error so the output stays pure.
final class JSONLinesScanReporter: ScanReporter {
    private let sink: OutputSink

    init(sink: OutputSink) { self.sink = sink }

    func add(_ finding: ScanFinding) { sink.write(finding.json.serialized() + "\n") }

    func finish(_ summary: ScanSummary) {}
}
