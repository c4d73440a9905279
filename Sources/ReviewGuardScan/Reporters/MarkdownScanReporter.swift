import ReviewGuardIO

/// `--format markdown`: a report to paste into a ticket or a wiki page.
final class MarkdownScanReporter: ScanReporter {
    private let sink: OutputSink
    private var findings: [ScanFinding] = []

    init(sink: OutputSink) { self.sink = sink }

    func add(_ finding: ScanFinding) { findings.append(finding) }

    func finish(_ summary: ScanSummary) {
        var lines = ["# ReviewGuard scan", "", summary.line + ".", ""]
        lines += ["## Findings by store", "", "| store | findings |", "|---|---:|"]
        lines += summary.byStore.sorted(by: ReportText.mostFirst).map { "| \(ReportText.markdownCell($0.key)) | \($0.value) |" }
        lines += ["", "## Findings by category", "", "| category | findings |", "|---|---:|"]
        lines += summary.byCategory.sorted(by: ReportText.mostFirst).map { "| \($0.key) | \($0.value) |" }
        lines += ["", "## Worst conversations", "", "| conversation | findings |", "|---|---:|"]
        lines += summary.worstConversations(10).map { "| \(ReportText.markdownCell($0.0)) | \($0.1) |" }
        lines += ["", "## Findings", "", "| severity | rule | store | record | where | excerpt |", "|---|---|---|---|---|---|"]
        lines += findings.map { finding in
            "| \(finding.severity.rawValue) | \(finding.rule) | \(ReportText.markdownCell(finding.record.store ?? "")) | \(ReportText.markdownCell(finding.record.id)) | "
                + "\(ReportText.markdownCell(finding.record.file)):\(finding.record.line) | \(ReportText.markdownCell(finding.excerpt)) |"
        }
        if !summary.skipped.isEmpty {
            lines += ["", "## Skipped records", "", "| file | line | reason |", "|---|---:|---|"]
            lines += summary.skipped.map { "| \(ReportText.markdownCell($0.file)) | \($0.line) | \(ReportText.markdownCell($0.reason)) |" }
        }
        sink.write(lines.joined(separator: "\n") + "\n")
    }
}
