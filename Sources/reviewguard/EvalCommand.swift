import ArgumentParser
import Foundation
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardTriage

/// `reviewguard eval`: precision and recall on labelled corpora, per language and per category.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure precision and recall on labelled messages or reviews (JSON Lines, see corpora/README.md).",
        discussion: """
            With no file, evaluates every corpora/messages/*.jsonl of the checkout; with --reviews, the review \
            triage on every corpora/reviews/*.jsonl (reply and report precision/recall, topic accuracy).
            """
    )

    @Argument(help: "Labelled JSON Lines files.")
    var files: [String] = []

    @Flag(help: "Evaluate the review triage on labelled reviews instead of the message rules.")
    var reviews = false

    @Flag(help: "List every message the checker got wrong.")
    var misses = false

    @Option(help: "Output format: text or json.")
    var format: NormalizeCommand.Format = .text

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        if reviews { return try runReviews() }
        let checker = try ruleOptions.checker()
        let paths = files.isEmpty ? try CorpusFiles.defaultMessageFiles() : files
        var errors: [RecordError] = []
        var samples: [Evaluation.Sample] = []
        for path in paths { samples += try CorpusFiles.samples(path: path, errors: &errors) }
        for error in errors { StandardError.write("error: \(error)") }
        let evaluation = Evaluation.run(samples, checker: checker)
        print(format == .json ? EvaluationReport.json(evaluation).pretty() : EvaluationReport.table(evaluation, misses: misses))
        if !errors.isEmpty { throw ExitCode(2) }
    }

    private func runReviews() throws {
        let rules = try ruleOptions.load()
        let selection = try ruleOptions.selection(in: rules)
        let triager = try ReviewTriager.load(rules: rules, directory: try ruleOptions.directory(), profile: selection.profile, asOf: selection.date)
        let paths = files.isEmpty ? try CorpusFiles.defaultFiles(in: "corpora/reviews") : files
        let evaluation = try TriageEvaluation.run(files: paths, triager: triager)
        for error in evaluation.errors { StandardError.write("error: \(error.file):\(error.line): \(error.reason)") }
        print(format == .json ? TriageEvaluationReport.json(evaluation).pretty() : TriageEvaluationReport.table(evaluation, misses: misses))
        if !evaluation.errors.isEmpty { throw ExitCode(2) }
    }
}
