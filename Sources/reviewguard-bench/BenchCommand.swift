import ArgumentParser
import Foundation

/// `reviewguard-bench`: the speed of the text pipeline, the pre-send check and the batch scan, each against ICU's
/// NFKC_Casefold alone on the same text in the same run.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewguard-bench",
        abstract: "Measure ReviewGuard's speed against ICU's NFKC_Casefold alone, in the same run.",
        discussion: "Build with -c release: swift run -c release reviewguard-bench [CORPUS-DIR] [MEGABYTES], or "
            + "swift run -c release reviewguard-bench scan EXPORT.jsonl [JOBS] (make an export with "
            + "scripts/generate-export.py 1000000 /tmp/export.jsonl).",
        subcommands: [PipelineCommand.self, ScanCommand.self],
        defaultSubcommand: PipelineCommand.self
    )
}

/// The pipeline and the check over the labelled corpora, and one pre-send check of a 300-character template.
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Normalization and check throughput on the corpora, and the cost of one pre-send check."
    )

    @Argument(help: "A directory of labelled .jsonl messages (default: corpora/messages of the checkout).")
    var corpus: String?

    @Argument(help: "How many megabytes of text to run (the corpus repeated to that size).")
    var megabytes: Double = 16

    @Flag(help: "Only ICU alone and the pipeline (no rules).")
    var pipelineOnly = false

    @Flag(help: "Only the pre-send check of the template, repeated 200,000 times.")
    var templateOnly = false

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("MEGABYTES must be above zero") }
        if let corpus, !Self.isDirectory(corpus) { throw ValidationError("\(corpus): not a directory") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        try PipelineBenchmark(
            corpus: corpus, megabytes: megabytes,
            pipelineOnly: pipelineOnly || environment["BENCH_PIPELINE_ONLY"] != nil,
            templateOnly: templateOnly || environment["BENCH_TEMPLATE_ONLY"] != nil
        ).run()
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}

/// The batch scan of an export, end to end, on one job and on `jobs` jobs.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan throughput on an export (read, parse, normalize, all rules, JSON Lines out) on 1 and N jobs."
    )

    @Argument(help: "A JSON Lines export (scripts/generate-export.py makes one).")
    var export: String

    @Argument(help: "The number of jobs to compare with one job.")
    var jobs: Int = 2

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("JOBS must be at least 1") }
        guard FileManager.default.isReadableFile(atPath: export), !PipelineCommand.isDirectory(export) else {
            throw ValidationError("\(export): not a readable file")
        }
    }

    func run() throws { try ScanBenchmark.run(path: export, jobs: jobs) }
}
