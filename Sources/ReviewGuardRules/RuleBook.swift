import ReviewGuardText
/// The rules file: the concept names rules may use, and the rules.
public struct RuleBook: Sendable {
    /// Concepts the engine recognizes by itself rather than from lexicons.
    public static let builtInConcepts: Set<String> = ["contact-detail", "phone-number", "link", "handle", "money", "quantity", "number"]

    public var concepts: Set<String>
    public var rules: [Rule]
    /// Concepts hidden inside a longer occurrence of another: `satisfied` inside `not satisfied` (unsatisfied).
    public var shadows: [String: [String]] = [:]

    public static func load(path: String, source: String) throws(ConfigurationError) -> RuleBook {
        let document = try YAMLDocument(path: path, source: source)
        var concepts: Set<String> = builtInConcepts
        var rules: [Rule] = []
        var shadows: [String: [String]] = [:]
        var shadowsNode: Node?
        var rulesNode: Node?
        for (key, keyNode, value) in try document.mapping(document.root, "the rules file") {
            switch key {
            case "concepts": for (name, _) in try document.strings(value, "concepts") { concepts.insert(name) }
            case "rules": rulesNode = value
            case "shadows": shadowsNode = value
            default: throw document.error("unknown key '\(key)' (expected concepts, shadows, rules)", at: keyNode)
            }
        }
        if let shadowsNode {
            for (outer, outerNode, inner) in try document.mapping(shadowsNode, "shadows") {
                guard concepts.contains(outer) else { throw document.error("unknown concept '\(outer)'", at: outerNode) }
                shadows[outer] = try document.strings(inner, "shadowed concepts").map { (name, node) throws(ConfigurationError) -> String in
                    guard concepts.contains(name) else { throw document.error("unknown concept '\(name)'", at: node) }
                    return name
                }
            }
        }
        guard let rulesNode, let list = rulesNode.sequence else {
            throw document.error("'rules' must be a list of rules", at: rulesNode ?? document.root)
        }
        for node in list {
            let rule = try RuleParser(document: document, concepts: concepts).parse(node)
            if rules.contains(where: { $0.id == rule.id }) { throw document.error("duplicate rule id '\(rule.id)'", at: node) }
            rules.append(rule)
        }
        for rule in rules {
            for suppressed in rule.suppresses where !rules.contains(where: { $0.id == suppressed }) {
                throw ConfigurationError(path: path, line: rule.line, column: 1, message: "rule '\(rule.id)' suppresses unknown rule '\(suppressed)'", source: source)
            }
        }
        return RuleBook(concepts: concepts, rules: rules, shadows: shadows)
    }
}

import Yams

/// Reads one rule, checking every concept name against the known concepts.
private struct RuleParser {
    let document: YAMLDocument
    let concepts: Set<String>

    func parse(_ node: Node) throws(ConfigurationError) -> Rule {
        var rule = Rule(
            id: "", category: "", severity: .error, message: "", suggestion: nil, rationale: "", policy: [], patterns: [],
            unless: [], unlessWindow: 6, senders: [.seller], kinds: Set(MessageKind.allCases), suppresses: [],
            triggering: [], nonTriggering: [], path: document.path, line: node.mark?.line ?? 0)
        for (key, keyNode, value) in try document.mapping(node, "a rule") {
            switch key {
            case "id": rule.id = try document.string(value, "id")
            case "category": rule.category = try document.string(value, "category")
            case "severity":
                let text = try document.string(value, "severity")
                guard let severity = Severity(rawValue: text) else { throw document.error("severity must be error, warning or info", at: value) }
                rule.severity = severity
            case "message": rule.message = try document.string(value, "message")
            case "suggestion": rule.suggestion = try document.string(value, "suggestion")
            case "rationale": rule.rationale = try document.string(value, "rationale")
            case "policy": rule.policy = try document.strings(value, "policy").map(\.0)
            case "patterns":
                guard let list = value.sequence else { throw document.error("patterns must be a list", at: value) }
                rule.patterns = try list.map { (item) throws(ConfigurationError) -> Rule.Pattern in try pattern(item) }
            case "unless": rule.unless = try conceptList(value, "unless")
            case "unless_window": rule.unlessWindow = try document.int(value, "unless_window")
            case "unless_same_clause": rule.unlessSameClause = try document.bool(value, "unless_same_clause")
            case "unless_in_message": rule.unlessInMessage = try conceptList(value, "unless_in_message")
            case "senders":
                rule.senders = Set(try document.strings(value, "senders").map { (text, item) throws(ConfigurationError) -> Sender in
                    guard let sender = Sender(rawValue: text) else { throw document.error("unknown sender '\(text)'", at: item) }
                    return sender
                })
            case "kinds":
                rule.kinds = Set(try document.strings(value, "kinds").map { (text, item) throws(ConfigurationError) -> MessageKind in
                    guard let kind = MessageKind(rawValue: text) else { throw document.error("unknown kind '\(text)'", at: item) }
                    return kind
                })
            case "suppresses": rule.suppresses = try document.strings(value, "suppresses").map(\.0)
            case "signal": rule.isSignal = try document.bool(value, "signal")
            case "examples":
                for (name, nameNode, texts) in try document.mapping(value, "examples") {
                    switch name {
                    case "trigger": rule.triggering = try document.strings(texts, "trigger").map(\.0)
                    case "pass": rule.nonTriggering = try document.strings(texts, "pass").map(\.0)
                    default: throw document.error("examples take 'trigger' and 'pass'", at: nameNode)
                    }
                }
            default: throw document.error("unknown key '\(key)' in a rule", at: keyNode)
            }
        }
        for (field, value) in [("id", rule.id), ("category", rule.category), ("message", rule.message)] where value.isEmpty {
            throw document.error("a rule needs '\(field)'", at: node)
        }
        if rule.patterns.isEmpty { throw document.error("rule '\(rule.id)' needs at least one pattern", at: node) }
        if rule.triggering.isEmpty { throw document.error("rule '\(rule.id)' needs triggering examples", at: node) }
        return rule
    }

    private func pattern(_ node: Node) throws(ConfigurationError) -> Rule.Pattern {
        var pattern = Rule.Pattern(clauses: [], window: 8, sameSentence: true, ordered: false, negatable: [])
        for (key, keyNode, value) in try document.mapping(node, "a pattern") {
            switch key {
            case "require":
                pattern.clauses = try document.strings(value, "require").map { (text, item) throws(ConfigurationError) -> [String] in
                    let names = text.split(separator: "|").map { String($0).trimmedOfWhitespace }
                    for name in names where !concepts.contains(name) {
                        throw document.error("unknown concept '\(name)'", at: item)
                    }
                    return names
                }
            case "window": pattern.window = try document.int(value, "window")
            case "same_sentence": pattern.sameSentence = try document.bool(value, "same_sentence")
            case "ordered": pattern.ordered = try document.bool(value, "ordered")
            case "negatable": pattern.negatable = Set(try conceptList(value, "negatable"))
            case "unless": pattern.unless = Set(try conceptList(value, "unless"))
            default: throw document.error("unknown key '\(key)' in a pattern (expected require, window, same_sentence, ordered, negatable, unless)", at: keyNode)
            }
        }
        if pattern.clauses.isEmpty { throw document.error("a pattern needs 'require'", at: node) }
        pattern.concepts = Set(pattern.clauses.joined())
        return pattern
    }

    private func conceptList(_ node: Node, _ what: String) throws(ConfigurationError) -> [String] {
        try document.strings(node, what).map { (name, item) throws(ConfigurationError) -> String in
            guard concepts.contains(name) else { throw document.error("unknown concept '\(name)' in \(what)", at: item) }
            return name
        }
    }
}
