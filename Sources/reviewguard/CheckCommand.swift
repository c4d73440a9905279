import ArgumentParser
import ReviewGuardIO
import ReviewGuardRules

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `reviewguard check`: the pre-send check of a reply template or message.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check messages or reply templates before they are sent.",
        discussion: """
            Texts come from the arguments, from --file (a text file is one template; CSV, JSON and JSON Lines files \
            hold many, with a text/message/content column and an optional name/id), or from standard input.
            Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 bad usage or input.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Texts to check.")
    var texts: [String] = []

    @Option(name: .customLong("file"), help: "A file of templates (txt, csv, tsv, json, jsonl); repeatable.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "The lowest severity that makes the exit code 1: error, warning or info.")
    var failOn: String = "error"

    @Option(help: "What the text is: chat, template, review_reply or package_insert.")
    var kind: String = "template"

    @Option(help: "Who writes it: seller or buyer.")
    var sender: String = "seller"

    @Option(help: "The language the text is in (a hint: en, zh, th, vi, id, ms, tl, es, pt, ja, ko, de, fr).")
    var lang: String?

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard Severity(rawValue: failOn) != nil else { throw ValidationError("--fail-on must be error, warning or info") }
        guard MessageKind(rawValue: kind) != nil else { throw ValidationError("--kind must be chat, template, review_reply or package_insert") }
        guard Sender(rawValue: sender) != nil else { throw ValidationError("--sender must be seller or buyer") }
    }

    func run() throws {
        let checker = try ruleOptions.checker()
        var inputs: [(String, String)] = texts.enumerated().map { ("argument \($0.offset + 1)", $0.element) }
        var errors: [RecordError] = []
        for path in files {
            inputs += try TextRecords.read(path: path, errors: &errors).map { ($0.name, $0.text) }
        }
        if texts.isEmpty && files.isEmpty {
            inputs.append(("stdin", String(decoding: try StandardInput.readAll(), as: UTF8.self)))
        }
        let results = inputs.map { source, text in
            CheckResult(source: source, text: text, findings: checker.check(
                text, kind: MessageKind(rawValue: kind)!, sender: Sender(rawValue: sender)!, language: lang))
        }
        let reporter: CheckReporter = format == .json ? JSONCheckReporter() : TextCheckReporter(color: isatty(1) != 0)
        print(reporter.report(results))
        for error in errors { StandardError.write("error: \(error)") }
        if !errors.isEmpty { throw ExitCode(2) }
        let threshold = Severity(rawValue: failOn)!
        if results.contains(where: { $0.findings.contains { $0.severity >= threshold } }) { throw ExitCode(1) }
    }
}
