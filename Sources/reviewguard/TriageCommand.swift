import ArgumentParser
import Foundation
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardTriage

/// `reviewguard triage`: the daily review triage list.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "The daily review triage list: which reviews to answer, which to report, and compliant reply drafts.",
        discussion: """
            Reads review exports (CSV or JSON Lines, .gz too). Columns are found by common names (id/review_id, \
            store/shop, sku/product, order/order_id, rating/stars/score, text/review/content, \
            review_time/time/created_at, reply/seller_reply/response, reply_time, lang) or set with --column \
            FIELD=COLUMN or --mapping FILE. A review needs `reply` when its rating is in --reply-ratings and it has \
            no reply or a reply that breaks a rule (checked as a review_reply, like `check`); `report` when it looks \
            malicious (coercion, competitor, spam, abuse, personal-data, wrong-listing). Every review is triaged, \
            needs no action, or is skipped with its file, line and reason.
            Exit codes: 0 done, 2 unusable input or usage, 130 interrupted.
            """
    )

    @Argument(help: "Review export files; '-' or none for standard input.")
    var files: [String] = []

    @Option(help: "Output format: text, jsonl, json, csv, markdown or html.")
    var format: String = "text"

    @Option(help: "Write the report to FILE (atomically: complete or not at all).")
    var output: String?

    @Option(help: "Ratings that need a reply, as N or N-M (default 1-2).")
    var replyRatings: String = "1-2"

    @Flag(help: "Stop at the first record that cannot be read (exit 2) instead of skipping it.")
    var strict = false

    @OptionGroup var columnOptions: ColumnOptions
    @OptionGroup var ruleOptions: RuleOptions

    static let formats = ["text", "jsonl", "json", "csv", "markdown", "html"]

    func validate() throws {
        guard Self.formats.contains(format) else { throw ValidationError("--format must be one of: \(Self.formats.joined(separator: ", "))") }
        guard Self.ratingRange(replyRatings) != nil else { throw ValidationError("--reply-ratings must be N or N-M with 1 ≤ N ≤ M ≤ 5") }
    }

    static func ratingRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), parts.count == text.split(separator: "-").count, let low = parts.first, let high = parts.last,
            1 <= low, low <= high, high <= 5
        else { return nil }
        return low...high
    }

    func run() throws {
        let rules = try ruleOptions.load()
        let selection = try ruleOptions.selection(in: rules)
        var triagerOptions = ReviewTriager.Options()
        triagerOptions.replyRatings = Self.ratingRange(replyRatings)!
        let triager = try ReviewTriager.load(
            rules: rules, directory: try ruleOptions.directory(), profile: selection.profile, asOf: selection.date, options: triagerOptions)
        var options = ReviewTriage.Options()
        options.columns = ReviewColumns(overrides: try columnOptions.overrides(known: ReviewColumns.defaults))
        options.reader = ExportReader(inputFormat: columnOptions.inputFormat, maxRecordBytes: columnOptions.maxRecordBytes)
        options.strict = strict
        let sink = try OutputSink(path: output)
        let triage = try exitingOnInputError { try ReviewTriage.run(files: files.isEmpty ? ["-"] : files, triager: triager, options: options) }
        let color = terminalColor(writingTo: output)
        makeTriageReporter(format: format, color: color)!.write(triage, to: sink)
        try sink.commit()
        if format != "text" { StandardError.write(triage.summary.line + ".") }
    }
}
