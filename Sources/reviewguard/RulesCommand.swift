import ArgumentParser
import ReviewGuardIO
import ReviewGuardRules

/// `reviewguard rules`: what is checked.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules and their severities.")

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let checker = try ruleOptions.checker()
        let rules = checker.rules
        let width = rules.book.rules.map(\.id.count).max() ?? 10
        print("Profile \(checker.profile), rules in force on \(checker.date):")
        for rule in rules.book.rules {
            let severity = checker.severity(of: rule)?.rawValue ?? "off"
            let policy = checker.policy(of: rule)
            let since = policy?.since.map { "since \($0)" } ?? "default"
            print(rule.id.padded(width) + "  " + severity.padded(7) + "  " + since.padded(16) + "  " + rule.message)
            if let policy, policy.profile != "default" {
                print(String(repeating: " ", count: width + 2) + "  from \(policy.profile): \(policy.note) <\(policy.source)>")
            }
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
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
