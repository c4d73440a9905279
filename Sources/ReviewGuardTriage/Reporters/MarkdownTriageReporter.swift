import ReviewGuardIO
import ReviewGuardScan

/// `--format markdown`: the triage list to paste into a ticket or a wiki page.
struct MarkdownTriageReporter: TriageReporter {
    func write(_ triage: ReviewTriage, to sink: OutputSink) {
        let cell = ReportText.markdownCell
        var lines = ["# Review triage \(triage.date)", "", triage.summary.line + ".", "", "Profile \(triage.profile); \(triage.windowNote).", ""]
        lines += ["| # | store | rating | age | topics | action | deadline | review |", "|---:|---|---:|---:|---|---|---|---|"]
        for item in triage.items {
            let signals = item.signals.isEmpty ? "" : " (" + item.signals.map(\.id).joined(separator: ", ") + ")"
            lines.append("| \(item.priority) | \(cell(item.review.store ?? "")) | \(item.review.rating) | \(item.ageText) | \(item.topics.joined(separator: ", ")) | "
                + "\(item.actionText)\(signals) | \(item.reportDeadline?.description ?? "") | \(cell(item.excerpt)) |")
        }
        lines += ["", "## Reply drafts", ""]
        for item in triage.items {
            guard let draft = item.draft else { continue }
            lines.append("- **#\(item.priority)** \(cell(item.review.id)) (\(item.replyReason ?? "")): \(cell(draft))")
        }
        lines += ["", "## Counts", "", "| store | reviews |", "|---|---:|"]
        lines += triage.summary.byStore.sorted(by: ReportText.mostFirst).map { "| \(cell($0.key)) | \($0.value) |" }
        lines += ["", "| topic | reviews |", "|---|---:|"]
        lines += triage.summary.byTopic.sorted(by: ReportText.mostFirst).map { "| \($0.key) | \($0.value) |" }
        if !triage.summary.skipped.isEmpty {
            lines += ["", "## Skipped records", "", "| file | line | reason |", "|---|---:|---|"]
            lines += triage.summary.skipped.map { "| \(cell($0.file)) | \($0.line) | \(cell($0.reason)) |" }
        }
        sink.write(lines.joined(separator: "\n") + "\n")
    }
}
