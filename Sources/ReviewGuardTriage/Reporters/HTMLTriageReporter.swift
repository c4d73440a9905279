import ReviewGuardIO
import ReviewGuardScan

/// `--format html`: a page a team lead opens and prints: counts per store and topic, the sorted list with the
/// words that triggered a report signal highlighted, and the reply drafts.
public struct HTMLTriageReporter: TriageReporter {
    public init() {}

    public func write(_ triage: ReviewTriage, to sink: OutputSink) {
        var page = HTMLPage(title: "Review triage \(triage.date)")
        Self.add(triage, to: &page)
        sink.write(page.render())
    }

    /// The triage sections, also used inside the daily report.
    public static func add(_ triage: ReviewTriage, to page: inout HTMLPage) {
        page.paragraph(triage.summary.line + ".")
        page.paragraph("Profile \(triage.profile); \(triage.windowNote).", className: "muted")
        page.table(headers: ["#", "store", "rating", "age", "topics", "action", "deadline", "review", "reply draft"], rows: triage.items.map { item in
            let text = item.signals.first.map { HTMLPage.highlighted(item.review.text, start: $0.start, end: $0.end) } ?? ReportText.html(item.review.text)
            let signals = item.signals.map(\.id).joined(separator: ", ")
            let action = ReportText.html(item.actionText) + (signals.isEmpty ? "" : "<br><span class=\"muted\">\(ReportText.html(signals))</span>")
                + (item.replyReason.map { "<br><span class=\"muted\">\(ReportText.html($0))</span>" } ?? "")
            return [
                .number(item.priority), .text(item.review.store ?? ""), .text(String(repeating: "★", count: item.review.rating), item.review.rating <= 2 ? "warning" : nil),
                .text(item.ageText, "num"), .text(item.topics.joined(separator: ", ")), .html(action, item.actions.contains(.report) ? "critical" : "warning"),
                .text(item.reportDeadline?.description ?? "", "date"), .html(text), .text(item.draft ?? "", "draft"),
            ]
        })
        page.heading("Counts")
        page.table(headers: ["store", "reviews needing action"], rows: triage.summary.byStore.sorted(by: ReportText.mostFirst).map { [.text($0.key), .number($0.value)] })
        page.table(headers: ["topic", "reviews"], rows: triage.summary.byTopic.sorted(by: ReportText.mostFirst).map { [.text($0.key), .number($0.value)] })
        if !triage.summary.skipped.isEmpty {
            page.heading("Skipped records")
            page.table(headers: ["file", "line", "reason"], rows: triage.summary.skipped.map { [.text($0.file), .number($0.line), .text($0.reason)] })
        }
    }
}
