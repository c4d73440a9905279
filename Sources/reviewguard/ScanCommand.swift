import ArgumentParser
import Foundation
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardScan

/// `reviewguard scan`: the batch scan of exported chats.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan exported chats (CSV or JSON Lines, .gz too) for review-rule violations.",
        discussion: """
            Columns are found by common names (id, store/shop, conversation/chat_id, order/order_id, buyer, \
            sender/role/from, time/timestamp/created_at, text/message/content, kind/type, lang) or set with --column \
            FIELD=COLUMN or --mapping FILE. Buyer messages are read but never findings against the seller. \
            Every record is scanned or reported as skipped with its file, line and reason.
            Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 unusable input or usage, 130 interrupted.
            """
    )

    @Argument(help: "Export files; '-' or none for standard input.")
    var files: [String] = []

    @Option(help: "Output format: text, jsonl, json, csv, sarif or markdown.")
    var format: String = "text"

    @Option(help: "Write the report to FILE (atomically: complete or not at all).")
    var output: String?

    @Option(help: "The lowest severity that makes the exit code 1: error, warning or info.")
    var failOn: String = "error"

    @Option(help: "Parallel jobs (results are the same whatever the number).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Stop at the first record that cannot be scanned (exit 2) instead of skipping it.")
    var strict = false

    @OptionGroup var columnOptions: ColumnOptions

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard ["text", "jsonl", "json", "csv", "sarif", "markdown"].contains(format) else {
            throw ValidationError("--format must be text, jsonl, json, csv, sarif or markdown")
        }
        guard Severity(rawValue: failOn) != nil else { throw ValidationError("--fail-on must be error, warning or info") }
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let rules = try ruleOptions.load()
        let selection = try ruleOptions.selection(in: rules)
        var options = Scanner.Options()
        options.mapping = ColumnMapping(overrides: try columnOptions.overrides(known: ColumnMapping.defaults))
        options.jobs = jobs
        options.strict = strict
        options.inputFormat = columnOptions.inputFormat
        options.maxRecordBytes = columnOptions.maxRecordBytes
        let scanner = try Scanner(rules: rules, profile: selection.profile, asOf: selection.date, options: options)
        let sink = try OutputSink(path: output)
        let color = terminalColor(writingTo: output)
        guard let reporter = makeScanReporter(format: format, sink: sink, color: color) else { throw ValidationError("unknown format") }
        let progress = ProgressLine.enabled ? ProgressLine() : nil
        let summary = try exitingOnInputError(cleanup: { progress?.clear() }) {
            try scanner.run(files: files.isEmpty ? ["-"] : files, emit: reporter.add, progress: progress?.update)
        }
        progress?.clear()
        reporter.finish(summary)
        try sink.commit()
        if format != "text" { StandardError.write(summary.line + ".") }
        let threshold = Severity(rawValue: failOn)!
        if summary.bySeverity.contains(where: { $0.key >= threshold && $0.value > 0 }) { throw ExitCode(1) }
    }
}

/// A progress line on standard error for long runs, only when it is a terminal (never in pipes or CI).
final class ProgressLine {
    static var enabled: Bool { isatty(2) != 0 && ProcessInfo.processInfo.environment["CI"] == nil }
    private let start = Date()
    private var last = Date.distantPast

    func update(records: Int, bytes: Int) {
        let now = Date()
        guard now.timeIntervalSince(last) > 0.25 else { return }
        last = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        StandardError.writeRaw(String(format: "\r\u{1B}[K%d records, %.1f MB, %.1f MB/s", records, Double(bytes) / 1e6, Double(bytes) / 1e6 / seconds))
    }

    func clear() { StandardError.writeRaw("\r\u{1B}[K") }
}
