import ReviewGuardIO
import ReviewGuardScan

/// `--format csv`: one row per review that needs an action, for a spreadsheet.
struct CSVTriageReporter: TriageReporter {
    static let columns = ["priority", "record", "store", "sku", "order", "rating", "age_days", "actions", "reply_reason", "topics",
                          "signals", "deadline", "days_left", "draft", "text"]

    func write(_ triage: ReviewTriage, to sink: OutputSink) {
        sink.write(ReportText.csvRow(Self.columns))
        for item in triage.items {
            sink.write(ReportText.csvRow([
                String(item.priority), item.review.id, item.review.store ?? "", item.review.sku ?? "", item.review.order ?? "",
                String(item.review.rating), item.ageDays.map(String.init) ?? "", item.actions.map(\.rawValue).joined(separator: " "),
                item.replyReason ?? "", item.topics.joined(separator: " "), item.signals.map(\.id).joined(separator: " "),
                item.reportDeadline?.description ?? "", item.daysLeft(asOf: triage.date).map(String.init) ?? "", item.draft ?? "",
                item.review.text,
            ]))
        }
    }
}
