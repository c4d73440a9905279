import ArgumentParser
import ReviewGuardIO
import ReviewGuardRules

/// `reviewguard concepts`: which lexicon concepts a text contains, for people writing lexicons and rules.
struct ConceptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concepts", abstract: "Show the lexicon concepts found in a text, with the language of each term.")

    @Argument(help: "The text (standard input when omitted).")
    var text: [String] = []

    @Flag(help: "Use the review-triage rules and topic lexicons (lexicons/triage/) instead of the message rules.")
    var triage = false

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let input = text.isEmpty ? String(decoding: try StandardInput.readAll(), as: UTF8.self) : text.joined(separator: " ")
        let checker = triage ? try Checker(rules: RuleSet.loadTriage(directory: ruleOptions.directory())) : try ruleOptions.checker()
        for found in checker.concepts(in: input) {
            print("\(found.span.start)..<\(found.span.end)\t\(found.concept)\t\(found.language)\t\"\(found.excerpt)\"")
        }
    }
}
