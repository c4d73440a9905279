import ReviewGuardScan

/// `--format jsonl`: one line per review that needs an action, in priority order.
struct JSONLinesTriageReporter: TriageReporter {
    func write(_ triage: ReviewTriage, to sink: OutputSink) {
        for item in triage.items { sink.write(item.json(asOf: triage.date).serialized() + "\n") }
    }
}
