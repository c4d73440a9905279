import ArgumentParser
import ReviewGuardRules

/// `reviewguard rules`: what is checked.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules and their severities.")

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let rules = try ruleOptions.load()
        let width = rules.book.rules.map(\.id.count).max() ?? 10
        for rule in rules.book.rules {
            print(rule.id.padding(width) + "  " + rule.severity.rawValue.padding(7) + "  " + rule.message)
        }
        print("\(rules.book.rules.count) rules over \(rules.languages.count) lexicons (\(rules.languages.sorted().joined(separator: " "))).")
    }
}

/// `reviewguard explain RULE`: why a rule exists, where it comes from, and its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule: rationale, policy, examples.")

    @Argument(help: "The rule id, e.g. review-incentive.")
    var rule: String

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let rules = try ruleOptions.load()
        guard let found = rules.book.rules.first(where: { $0.id == rule }) else {
            throw ValidationError("unknown rule '\(rule)'; `reviewguard rules` lists them")
        }
        var lines = ["\(found.id) (\(found.category), \(found.severity.rawValue))", "", found.message, "", found.rationale]
        lines.append("")
        lines.append("Policy: " + found.policy.joined(separator: ", ") + "  (see ../shared/policy/POLICY-RESEARCH.md section 8)")
        if let suggestion = found.suggestion { lines += ["", "Instead: \(suggestion)"] }
        lines += ["", "Flags:"] + found.triggering.map { "  ✗ " + $0.replacingOccurrences(of: "⟦", with: "[").replacingOccurrences(of: "⟧", with: "]") }
        lines += ["", "Does not flag:"] + found.nonTriggering.map { "  ✓ " + $0 }
        lines.append("")
        lines.append("Defined at \(found.path):\(found.line)")
        print(lines.joined(separator: "\n"))
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
