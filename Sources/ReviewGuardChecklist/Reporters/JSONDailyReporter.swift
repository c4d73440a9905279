import ReviewGuardIO
import ReviewGuardScan
import ReviewGuardTriage

/// `--format json`: the whole report as one document: stores with their checklist, actions, chat findings, triage.
struct JSONDailyReporter: DailyReporter {
    func write(_ report: DailyReport, to sink: OutputSink) {
        let stores = report.stores.map { store in
            JSON.object([
                ("store", .string(store.snapshot.store)), ("name", store.snapshot.name.map(JSON.string) ?? .null),
                ("file", .string(store.snapshot.file)), ("profile", .string(store.profile)), ("profileFrom", .string(store.profileNote)),
                ("status", .string(store.worst.rawValue)), ("items", .array(store.items.map(\.json))),
            ])
        }
        let actions = report.actions.map { action in
            JSON.object([
                ("store", .string(action.store)), ("item", .string(action.item)), ("status", .string(action.status.rawValue)),
                ("action", .string(action.action)), ("deadline", action.deadline.map { .string($0.description) } ?? .null),
            ])
        }
        var members: [(String, JSON)] = [
            ("date", .string(report.date.description)), ("now", .string(report.now)), ("summary", .string(report.summaryLine)),
            ("stores", .array(stores)), ("actions", .array(actions)),
        ]
        if let findings = report.chatFindings { members.append(("chatFindings", .array(findings.map(\.json)))) }
        if let summary = report.chatSummary { members.append(("chatSummary", summary.json)) }
        if let triage = report.triage {
            members.append(("triage", .object([
                ("summary", triage.summary.json), ("reportWindow", .string(triage.windowNote)),
                ("items", .array(triage.items.map { $0.json(asOf: triage.date) })),
            ])))
        }
        sink.write(JSON.object(members).pretty() + "\n")
    }
}
