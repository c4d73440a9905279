import ArgumentParser
import Foundation
import ReviewGuardChecklist
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardTriage

/// `reviewguard daily`: the multi-store checklist beside the chat findings and the review triage.
struct DailyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily",
        abstract: "The daily report: every store's checklist from its snapshot, beside the chat findings and the review triage.",
        discussion: """
            Snapshots (JSON or YAML; see `reviewguard snapshot template`) give each store's status, security, \
            funds, orders, inventory and customer service; --chats adds the scan of exported chats and --reviews \
            the review triage. Each store is judged by the policy profile of its platform and market, with the \
            thresholds in force on the day of the check (--now, else --as-of at 00:00 UTC, else now). --sample runs \
            on the bundled sample stores, chats and reviews, as of the samples' own date.
            Exit codes: 0 no critical item, 1 a critical item, 2 unusable input or usage, 130 interrupted.
            """,
        aliases: ["audit"]
    )

    @Option(name: .customLong("snapshots"), help: "A snapshot file or a directory of them (repeatable).")
    var snapshotPaths: [String] = []

    @Option(name: .customLong("chats"), help: "A chat export to scan (CSV or JSON Lines; repeatable).")
    var chatFiles: [String] = []

    @Option(name: .customLong("reviews"), help: "A review export to triage (CSV or JSON Lines; repeatable).")
    var reviewFiles: [String] = []

    @Flag(help: "Run on the bundled sample data (samples/daily and samples/chats.jsonl).")
    var sample = false

    @Option(help: "The moment of the check, ISO 8601 (default: --as-of at 00:00 UTC, else now).")
    var now: String?

    @Option(help: "Output format: text, json, markdown or html.")
    var format: String = "text"

    @Option(help: "Write the report to FILE (atomically: complete or not at all).")
    var output: String?

    @Option(help: "Parallel jobs for the chat scan.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard ["text", "json", "markdown", "html"].contains(format) else { throw ValidationError("--format must be text, json, markdown or html") }
        if let now, TimeParser.parse(now) == nil { throw ValidationError("--now must be an ISO 8601 time, e.g. 2026-11-25T09:00:00Z") }
        if !sample && snapshotPaths.isEmpty { throw ValidationError("give --snapshots PATH (or --sample for the bundled sample data)") }
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let directory = try ruleOptions.directory()
        var snapshotPaths = snapshotPaths
        var chatFiles = chatFiles
        var reviewFiles = reviewFiles
        if sample {
            // Beside the lexicons, kept relative when they are (reports then name the same files on every machine).
            let checkout = directory == "lexicons" ? "." : URL(fileURLWithPath: directory).deletingLastPathComponent().path
            let samples = checkout + "/samples"
            guard FileManager.default.fileExists(atPath: samples + "/daily/snapshots") else {
                throw ValidationError("cannot find the sample data beside the lexicons (\(samples)/daily)")
            }
            snapshotPaths.append(samples + "/daily/snapshots")
            chatFiles.append(samples + "/chats.jsonl")
            reviewFiles.append(samples + "/daily/reviews.csv")
        }
        let snapshots = try SnapshotLoader.load(paths: snapshotPaths)
        let moment = try self.moment(snapshots: snapshots)
        let rules = try ruleOptions.load()
        let selection = try ruleOptions.selection(in: rules)
        let date = PolicyDate(secondsSince1970: moment)

        var findings: [ScanFinding]?
        var chatSummary: ScanSummary?
        var triage: ReviewTriage?
        try exitingOnInputError {
            if !chatFiles.isEmpty {
                var options = Scanner.Options()
                options.jobs = jobs
                let scanner = try Scanner(rules: rules, profile: selection.profile, asOf: date, options: options)
                var collected: [ScanFinding] = []
                chatSummary = try scanner.run(files: chatFiles, emit: { collected.append($0) })
                findings = collected
            }
            if !reviewFiles.isEmpty {
                let triager = try ReviewTriager.load(rules: rules, directory: directory, profile: selection.profile, asOf: date)
                triage = try ReviewTriage.run(files: reviewFiles, triager: triager)
            }
        }
        let report = DailyReport(
            snapshots: snapshots, policies: rules.policies, now: moment, fallbackProfile: selection.profile,
            triage: triage, chatFindings: findings, chatSummary: chatSummary)
        let sink = try OutputSink(path: output)
        let color = terminalColor(writingTo: output)
        makeDailyReporter(format: format, color: color)!.write(report, to: sink)
        try sink.commit()
        if format != "text" { StandardError.write(report.summaryLine + ".") }
        if report.hasCritical { throw ExitCode(1) }
    }

    /// --now, else --as-of at 00:00 UTC, else the samples' latest snapshot time, else the current time.
    private func moment(snapshots: [StoreSnapshot]) throws -> Double {
        if let now, let parsed = TimeParser.parse(now) { return parsed.seconds }
        if let asOf = ruleOptions.asOf, let date = PolicyDate(asOf) { return Double(date.daysSince1970) * 86_400 }
        if sample, let latest = snapshots.compactMap(\.takenAt).max() { return latest.seconds }
        return Date().timeIntervalSince1970
    }
}
