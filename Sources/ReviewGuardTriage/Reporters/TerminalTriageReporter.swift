import ReviewGuardIO
import ReviewGuardScan

/// The default report for people: the triage table (priority, store, rating, age, topics, action, excerpt), then
/// the reply drafts and the skipped records.
struct TerminalTriageReporter: TriageReporter {
    let color: Bool
    static let shownLimit = 50

    func write(_ triage: ReviewTriage, to sink: OutputSink) {
        var lines = [bold("ReviewGuard review triage \(triage.date)") + ": " + triage.summary.line, triage.windowNote]
        if !triage.items.isEmpty {
            let rows = triage.items.prefix(Self.shownLimit).map { item -> [String] in
                let signals = item.signals.isEmpty ? "" : "(" + item.signals.map(\.id).joined(separator: ",") + ")"
                let deadline = item.reportDeadline.map { " by \($0)" } ?? ""
                return ["\(item.priority)", item.review.store ?? "-", String(repeating: "★", count: item.review.rating), item.ageText,
                        item.topics.joined(separator: ","), item.actionText + signals + deadline, item.excerpt]
            }
            lines += Self.aligned([["#", "store", "rating", "age", "topics", "action", "review"]] + rows).enumerated().map { $0.offset == 0 ? bold($0.element) : $0.element }
            if triage.items.count > Self.shownLimit { lines.append("... \(triage.items.count - Self.shownLimit) more (use --format jsonl or html for all)") }
            let drafts = triage.items.prefix(Self.shownLimit).filter { $0.draft != nil }
            if !drafts.isEmpty {
                lines.append(bold("reply drafts (checked compliant):"))
                lines += drafts.prefix(10).map { "  #\($0.priority) [\($0.draftLanguage ?? "")] \($0.draft!)" }
            }
        }
        if !triage.summary.skipped.isEmpty {
            lines.append(bold("skipped records:"))
            lines += triage.summary.skipped.prefix(10).map { "  \($0.file):\($0.line): \($0.reason)" }
        }
        sink.write(lines.joined(separator: "\n") + "\n")
    }

    /// Columns padded to their widest cell (counting characters; wide scripts may still be uneven); the last column is free.
    static func aligned(_ rows: [[String]]) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        let widths = (0..<columns - 1).map { column in rows.map { min($0[column].count, 24) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                guard index < columns - 1 else { return cell }
                let clipped = cell.count > 24 ? String(cell.prefix(23)) + "…" : cell
                return clipped + String(repeating: " ", count: widths[index] - clipped.count)
            }.joined(separator: "  ")
        }
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
