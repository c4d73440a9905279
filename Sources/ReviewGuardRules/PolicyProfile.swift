/// A platform and market's view of the rules: severities (or "off") with the date each took effect and its
/// source, as written in `lexicons/policies/<id>.yml`. A profile extends another and overrides only what differs.
public struct PolicyProfile: Sendable {
    /// One version of a rule's setting: in force from `since` until a later version.
    public struct Setting: Sendable {
        /// nil means the rule is off for this profile.
        public var severity: Severity?
        public var since: PolicyDate
        public var source: String
        public var note: String
    }

    public var id: String
    public var title: String
    public var platform: String?
    public var market: String?
    public var extends: String?
    public var rules: [String: [Setting]]
    /// Numeric thresholds (days, amounts, percentages) by name, each with its versions in date order.
    public var thresholds: [String: [Threshold]] = [:]
    public var path: String

    /// Reads one profile file; `ruleIDs` are the rules it may set.
    public static func load(path: String, source: String, ruleIDs: Set<String>) throws(ConfigurationError) -> PolicyProfile {
        let document = try YAMLDocument(path: path, source: source)
        var profile = PolicyProfile(id: "", title: "", platform: nil, market: nil, extends: nil, rules: [:], path: path)
        for (key, keyNode, value) in try document.mapping(document.root, "a policy profile") {
            switch key {
            case "id": profile.id = try document.string(value, "id")
            case "title": profile.title = try document.string(value, "title")
            case "platform": profile.platform = try document.string(value, "platform")
            case "market": profile.market = try document.string(value, "market").uppercased()
            case "extends": profile.extends = try document.string(value, "extends")
            case "rules":
                for (rule, ruleNode, versions) in try document.mapping(value, "rules") {
                    guard ruleIDs.contains(rule) else { throw document.error("unknown rule '\(rule)'", at: ruleNode) }
                    let list = versions.sequence.map(Array.init) ?? [versions]
                    profile.rules[rule] = try list.map { (node) throws(ConfigurationError) -> Setting in try setting(node, document) }
                        .sorted { $0.since < $1.since }
                }
            case "thresholds":
                for (name, nameNode, versions) in try document.mapping(value, "thresholds") {
                    guard Threshold.known[name] != nil else {
                        throw document.error("unknown threshold '\(name)' (known: \(Threshold.known.keys.sorted().joined(separator: ", ")))", at: nameNode)
                    }
                    let list = versions.sequence.map(Array.init) ?? [versions]
                    profile.thresholds[name] = try list.map { (node) throws(ConfigurationError) -> Threshold in try Threshold.load(node, document) }
                        .sorted { $0.since < $1.since }
                }
            default: throw document.error("unknown key '\(key)' (expected id, title, platform, market, extends, rules, thresholds)", at: keyNode)
            }
        }
        if profile.id.isEmpty { throw document.error("a profile needs 'id'", at: document.root) }
        return profile
    }

    private static func setting(_ node: Node, _ document: YAMLDocument) throws(ConfigurationError) -> Setting {
        var severity: Severity?? = nil
        var since: PolicyDate?
        var source = ""
        var note = ""
        for (key, keyNode, value) in try document.mapping(node, "a rule setting") {
            switch key {
            case "severity":
                let text = try document.string(value, "severity")
                if text == "off" {
                    severity = .some(nil)
                } else if let parsed = Severity(rawValue: text) {
                    severity = .some(parsed)
                } else {
                    throw document.error("severity must be error, warning, info or off", at: value)
                }
            case "since": since = try document.date(value, "since")
            case "source": source = try document.string(value, "source")
            case "note": note = try document.string(value, "note")
            default: throw document.error("unknown key '\(key)' (expected severity, since, source, note)", at: keyNode)
            }
        }
        guard let severity else { throw document.error("a rule setting needs 'severity'", at: node) }
        guard let since else { throw document.error("a rule setting needs 'since' (the date it took effect)", at: node) }
        guard !source.isEmpty else { throw document.error("a rule setting needs 'source' (where the rule is written)", at: node) }
        return Setting(severity: severity, since: since, source: source, note: note)
    }
}

import Yams
