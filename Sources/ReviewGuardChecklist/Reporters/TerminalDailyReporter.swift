import ReviewGuardIO
import ReviewGuardScan

/// The default report: one line per store, worst first, then what to do today, then the counts of the chat scan
/// and the triage.
struct TerminalDailyReporter: DailyReporter {
    let color: Bool

    func write(_ report: DailyReport, to sink: OutputSink) {
        var lines = [bold("ReviewGuard daily report \(report.date)") + " (checked at \(report.now)): " + report.summaryLine]
        let short = ["status": "status", "security": "security", "funds": "funds", "reviews": "reviews", "orders": "orders", "inventory": "stock", "customer-service": "service"]
        for store in report.stores {
            let cells = store.items.map { "\(short[$0.id] ?? $0.id) \(symbol($0.status))" }.joined(separator: "  ")
            let worst = store.items.filter { $0.status == store.worst && $0.status != .ok }.compactMap { $0.reasons.first }.first ?? "all checks ok"
            lines.append("\(paint(store.worst.rawValue.uppercased(), store.worst))  \(store.snapshot.displayName) [\(store.profile)]  \(cells)")
            lines.append("    \(worst)")
        }
        let actions = report.actions
        if !actions.isEmpty {
            lines.append(bold("to do today:"))
            for action in actions.prefix(25) {
                lines.append("  \(action.deadline.map { "by \($0)" } ?? "          ")  \(paint(action.status.rawValue, action.status))  \(action.store) — \(action.item): \(action.action)")
            }
            if actions.count > 25 { lines.append("  ... \(actions.count - 25) more (--format html or json for all)") }
        }
        lines.append("rules: each store's profile [in brackets] as in force on \(report.date); the thresholds used and their sources are in --format markdown, json or html")
        if let summary = report.chatSummary { lines.append(bold("chats: ") + summary.line) }
        if let triage = report.triage { lines.append(bold("reviews: ") + triage.summary.line) }
        sink.write(lines.joined(separator: "\n") + "\n")
    }

    private func symbol(_ status: CheckStatus) -> String {
        switch status {
        case .ok: paint("ok", status)
        case .unknown: paint("?", status)
        case .warning: paint("!", status)
        case .critical: paint("!!", status)
        }
    }

    private func paint(_ text: String, _ status: CheckStatus) -> String {
        guard color else { return text }
        let code = switch status {
        case .ok: "32"
        case .unknown: "90"
        case .warning: "33"
        case .critical: "1;31"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
