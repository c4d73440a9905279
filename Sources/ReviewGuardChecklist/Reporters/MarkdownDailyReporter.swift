import ReviewGuardIO
import ReviewGuardScan

/// `--format markdown`: the daily report for a wiki page or a chat channel.
struct MarkdownDailyReporter: DailyReporter {
    func write(_ report: DailyReport, to sink: OutputSink) {
        let cell = ReportText.markdownCell
        var lines = ["# Daily report \(report.date)", "", "Checked at \(report.now). " + report.summaryLine + ".", ""]
        let titles = report.stores.first?.items.map(\.title) ?? []
        lines += ["| store | profile | " + titles.joined(separator: " | ") + " |", "|---|---|" + titles.map { _ in "---|" }.joined()]
        for store in report.stores {
            lines.append("| \(cell(store.snapshot.displayName)) | \(store.profile) | " + store.items.map { $0.status.rawValue }.joined(separator: " | ") + " |")
        }
        lines += ["", "## To do today", "", "| deadline | status | store | item | action |", "|---|---|---|---|---|"]
        lines += report.actions.map { "| \($0.deadline?.description ?? "") | \($0.status.rawValue) | \(cell($0.store)) | \($0.item) | \(cell($0.action)) |" }
        for store in report.stores {
            lines += ["", "## \(store.snapshot.displayName)", "", "Profile \(store.profile) (\(store.profileNote)); snapshot \(store.snapshot.file).", ""]
            for item in store.items {
                lines.append("- **\(item.title)**: \(item.status.rawValue) — " + item.reasons.joined(separator: "; "))
                if !item.thresholds.isEmpty { lines.append("  - rules: \(item.thresholdText)") }
            }
        }
        if let findings = report.chatFindings {
            lines += ["", "## Chat findings", "", report.chatSummary.map { $0.line + "." } ?? "", "",
                      "| severity | rule | store | record | excerpt |", "|---|---|---|---|---|"]
            lines += findings.map { "| \($0.severity.rawValue) | \($0.rule) | \(cell($0.record.store ?? "")) | \(cell($0.record.id)) | \(cell($0.excerpt)) |" }
        }
        if let triage = report.triage {
            lines += ["", "## Review triage", "", triage.summary.line + ".", "", "| # | store | rating | age | topics | action | review |", "|---:|---|---:|---:|---|---|---|"]
            lines += triage.items.map { "| \($0.priority) | \(cell($0.review.store ?? "")) | \($0.review.rating) | \($0.ageText) | \($0.topics.joined(separator: ", ")) | \($0.actionText) | \(cell($0.excerpt)) |" }
        }
        sink.write(lines.joined(separator: "\n") + "\n")
    }
}
