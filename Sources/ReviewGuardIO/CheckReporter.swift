import ReviewGuardRules

/// The findings of one checked text.
public struct CheckResult: Sendable {
    public var source: String
    public var text: String
    public var findings: [Finding]

    public init(source: String, text: String, findings: [Finding]) {
        self.source = source
        self.text = text
        self.findings = findings
    }
}

/// Writes the results of `check` in one output format.
public protocol CheckReporter {
    func report(_ results: [CheckResult]) -> String
}

extension Finding {
    /// The finding as a JSON object (the `check --format json` contract).
    public func json(source: String? = nil) -> JSON {
        var members: [(String, JSON)] = []
        if let source { members.append(("source", .string(source))) }
        members += [
            ("rule", .string(rule)), ("category", .string(category)), ("severity", .string(severity.rawValue)),
            ("message", .string(message)), ("start", .int(characters.lowerBound)), ("end", .int(characters.upperBound)),
            ("excerpt", .string(excerpt)), ("obfuscated", .bool(obfuscated)),
            ("suggestion", suggestion.map(JSON.string) ?? .null),
            ("policy", .array(policy.map { reference in
                .object([
                    ("profile", .string(reference.profile)), ("rules", .array(reference.rules.map(JSON.string))),
                    ("note", .string(reference.note)), ("source", .string(reference.source)),
                    ("since", reference.since.map(JSON.string) ?? .null),
                ])
            })),
        ]
        return .object(members)
    }
}

/// `--format json`: `{"findings":[...]}`, each finding naming its source when several texts were checked.
public struct JSONCheckReporter: CheckReporter {
    public init() {}

    public func report(_ results: [CheckResult]) -> String {
        let several = results.count > 1
        let findings = results.flatMap { result in result.findings.map { $0.json(source: several ? result.source : nil) } }
        return JSON.object([("findings", .array(findings))]).pretty()
    }
}

/// The default report for people: each text with the offending words highlighted, the rule and a suggestion.
public struct TextCheckReporter: CheckReporter {
    let color: Bool

    public init(color: Bool) { self.color = color }

    public func report(_ results: [CheckResult]) -> String {
        var lines: [String] = []
        var total = 0
        for result in results where !result.findings.isEmpty {
            lines.append(bold(result.source))
            for finding in result.findings {
                total += 1
                let tag = finding.obfuscated ? " (disguised)" : ""
                lines.append("  \(severityLabel(finding.severity))  \(finding.rule)\(tag): \(finding.message)")
                lines.append("    " + highlighted(result.text, finding))
                if let suggestion = finding.suggestion { lines.append("    suggestion: \(suggestion)") }
            }
        }
        let clean = results.filter { $0.findings.isEmpty }.count
        lines.append("\(results.count) text(s) checked: \(total) finding(s), \(clean) clean.")
        return lines.joined(separator: "\n")
    }

    private func highlighted(_ text: String, _ finding: Finding) -> String {
        let characters = Array(text)
        let lower = min(finding.characters.lowerBound, characters.count)
        let upper = min(finding.characters.upperBound, characters.count)
        let before = String(characters[max(0, lower - 60)..<lower])
        let after = String(characters[upper..<min(characters.count, upper + 60)])
        let marked = String(characters[lower..<upper])
        let line = color ? before + "\u{1B}[1;4;31m" + marked + "\u{1B}[0m" + after : before + "[" + marked + "]" + after
        return line.replacingNewlines()
    }

    private func severityLabel(_ severity: Severity) -> String {
        guard color else { return severity.rawValue }
        let code = severity == .error ? "31" : severity == .warning ? "33" : "36"
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}

extension String {
    /// The text on one line: line breaks become spaces (for excerpts in reports and tables).
    public func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
