import ReviewGuardIO

/// The default report for people: counts by store, category and severity, the worst conversations, and the first
/// findings with their excerpt highlighted.
final class TerminalScanReporter: ScanReporter {
    private let sink: OutputSink
    private let color: Bool
    private var shown: [ScanFinding] = []
    static let shownLimit = 20

    init(sink: OutputSink, color: Bool) {
        self.sink = sink
        self.color = color
    }

    func add(_ finding: ScanFinding) {
        if shown.count < Self.shownLimit { shown.append(finding) }
    }

    func finish(_ summary: ScanSummary) {
        var lines = [bold("ReviewGuard scan") + ": " + summary.line]
        let severities = ["error", "warning", "info"].compactMap { name in
            summary.bySeverity.first { $0.key.rawValue == name }.map { "\($0.value) \(name)" }
        }
        if !severities.isEmpty { lines.append("severity: " + severities.joined(separator: ", ")) }
        if !summary.byStore.isEmpty {
            lines.append(bold("by store:"))
            lines += summary.byStore.sorted(by: ReportText.mostFirst).prefix(10).map { "  \($0.value)\t\($0.key)" }
        }
        if !summary.byCategory.isEmpty {
            lines.append(bold("by category:"))
            lines += summary.byCategory.sorted(by: ReportText.mostFirst).map { "  \($0.value)\t\($0.key)" }
        }
        if !summary.byConversation.isEmpty {
            lines.append(bold("worst conversations:"))
            lines += summary.worstConversations(5).map { "  \($0.1)\t\($0.0)" }
        }
        if !shown.isEmpty {
            lines.append(bold("first findings:"))
            for finding in shown {
                lines.append("  \(finding.record.file):\(finding.record.line) \(finding.severity.rawValue) \(finding.rule) [\(finding.record.store ?? "-")] \(highlighted(finding))")
            }
            if summary.findings > shown.count { lines.append("  ... \(summary.findings - shown.count) more (use --format jsonl for all)") }
        }
        if !summary.skipped.isEmpty {
            lines.append(bold("skipped records:"))
            lines += summary.skipped.prefix(10).map { "  \($0.file):\($0.line): \($0.reason)" }
            if summary.skipped.count > 10 { lines.append("  ... \(summary.skipped.count - 10) more (all in --format json)") }
        }
        sink.write(lines.joined(separator: "\n") + "\n")
    }

    private func highlighted(_ finding: ScanFinding) -> String {
        let excerpt = finding.excerpt.replacingNewlines()
        return color ? "\u{1B}[1;4;31m\(excerpt)\u{1B}[0m" : "[\(excerpt)]"
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
