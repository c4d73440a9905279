import ReviewGuardIO
import ReviewGuardScan

/// `--format json`: the whole list with its summary and the rules it used, as one document.
struct JSONTriageReporter: TriageReporter {
    func write(_ triage: ReviewTriage, to sink: OutputSink) {
        let document = JSON.object([
            ("date", .string(triage.date.description)), ("profile", .string(triage.profile)), ("reportWindow", .string(triage.windowNote)),
            ("summary", triage.summary.json), ("items", .array(triage.items.map { $0.json(asOf: triage.date) })),
        ])
        sink.write(document.pretty() + "\n")
    }
}
