import ArgumentParser
import Foundation
import ReviewGuardIO
import ReviewGuardRules

/// `reviewguard eval`: precision and recall on labelled corpora, per language and per category.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure precision and recall on labelled messages (JSON Lines, see corpora/README.md).",
        discussion: "With no file, evaluates every corpora/messages/*.jsonl of the checkout."
    )

    @Argument(help: "Labelled JSON Lines files.")
    var files: [String] = []

    @Flag(help: "List every message the checker got wrong.")
    var misses = false

    @Option(help: "Output format: text or json.")
    var format: NormalizeCommand.Format = .text

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
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
}
