import ReviewGuardIO
import ReviewGuardScan

/// Writes the daily report in one output format.
public protocol DailyReporter {
    func write(_ report: DailyReport, to sink: OutputSink)
}

/// The reporter for a format name: text, json, markdown or html.
public func makeDailyReporter(format: String, color: Bool) -> DailyReporter? {
    switch format {
    case "text": TerminalDailyReporter(color: color)
    case "json": JSONDailyReporter()
    case "markdown": MarkdownDailyReporter()
    case "html": HTMLDailyReporter()
    default: nil
    }
}

extension ChecklistItem {
    public var json: JSON {
        .object([
            ("id", .string(id)), ("title", .string(title)), ("status", .string(status.rawValue)),
            ("reasons", .array(reasons.map(JSON.string))), ("actions", .array(actions.map(JSON.string))),
            ("deadline", deadline.map { .string($0.description) } ?? .null),
            ("thresholds", .array(thresholds.map { threshold in
                .object([
                    ("name", .string(threshold.name)), ("value", .double(threshold.value)), ("since", .string(threshold.since.description)),
                    ("profile", .string(threshold.profile)), ("source", .string(threshold.source)), ("note", .string(threshold.note)),
                ])
            })),
        ])
    }

    /// "inactivity_days 30 (tiktok, since 2024-06-01)", for the rules a report names.
    public var thresholdText: String {
        thresholds.map { "\($0.name) \(Self.number($0.value)) (\($0.profile), since \($0.since))" }.joined(separator: "; ")
    }

    static func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
}

extension DailyReport {
    /// Counts of stores by their worst status.
    public var storeCounts: [(CheckStatus, Int)] {
        CheckStatus.allCases.reversed().map { status in (status, stores.filter { $0.worst == status }.count) }
    }

    public var summaryLine: String {
        "\(stores.count) store(s): " + storeCounts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
            + "; \(actions.count) action(s)"
    }
}
