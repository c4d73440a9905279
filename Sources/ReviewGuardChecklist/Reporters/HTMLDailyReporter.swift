import ReviewGuardIO
import ReviewGuardScan
import ReviewGuardTriage

/// `--format html`: the page a team lead opens in a browser: stores by checklist item in colour, the actions due
/// today with deadlines, each store's reasons and the rules they were judged by, the chat findings with their
/// excerpts highlighted, and the triage list. Self-contained and printable.
struct HTMLDailyReporter: DailyReporter {
    func write(_ report: DailyReport, to sink: OutputSink) {
        var page = HTMLPage(title: "ReviewGuard daily report \(report.date)")
        page.paragraph("Checked at \(report.now). " + report.summaryLine + ".")
        page.raw("<div class=\"counts\">" + report.storeCounts.map { "<span class=\"\($0.0.rawValue)\">\($0.1) \($0.0.rawValue)</span>" }.joined() + "</div>")
        page.heading("Stores", id: "stores")
        let titles = report.stores.first?.items.map(\.title) ?? []
        page.table(headers: ["store", "profile"] + titles, rows: report.stores.map { store in
            [.html("<a href=\"#store-\(ReportText.html(store.snapshot.store))\">\(ReportText.html(store.snapshot.displayName))</a>"), .text(store.profile)]
                + store.items.map { item in .text(item.status.rawValue, item.status.rawValue) }
        })
        page.heading("To do today", id: "actions")
        page.table(headers: ["deadline", "status", "store", "item", "action"], rows: report.actions.map { action in
            [.text(action.deadline?.description ?? "", "date"), .text(action.status.rawValue, action.status.rawValue), .text(action.store), .text(action.item), .text(action.action)]
        })
        for store in report.stores {
            page.heading(store.snapshot.displayName, id: "store-\(store.snapshot.store)")
            page.paragraph("Profile \(store.profile) (\(store.profileNote)); snapshot \(store.snapshot.file).", className: "muted")
            page.table(headers: ["item", "status", "reasons", "deadline", "rules in force"], rows: store.items.map { item in
                [.text(item.title), .text(item.status.rawValue, item.status.rawValue), .html(item.reasons.map(ReportText.html).joined(separator: "<br>")),
                 .text(item.deadline?.description ?? "", "date"), .text(item.thresholdText, "muted")]
            })
        }
        if let findings = report.chatFindings {
            page.heading("Chat findings", id: "chats")
            if let summary = report.chatSummary { page.paragraph(summary.line + ".") }
            page.table(headers: ["severity", "rule", "store", "record", "where", "message"], rows: findings.map { finding in
                [.text(finding.severity.rawValue, finding.severity == .error ? "critical" : "warning"), .text(finding.rule), .text(finding.record.store ?? ""),
                 .text(finding.record.id), .text("\(finding.record.file):\(finding.record.line)"),
                 .html(HTMLPage.highlighted(finding.record.text, start: finding.start, end: finding.end))]
            })
        }
        if let triage = report.triage {
            page.heading("Review triage", id: "triage")
            HTMLTriageReporter.add(triage, to: &page)
        }
        sink.write(page.render())
    }
}
