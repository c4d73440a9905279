import ReviewGuardRules

/// Compliant public replies to reviews, per language and topic (`lexicons/replies/<lang>.yml`). Every draft is
/// checked with the rules when loaded: a draft that the engine itself would flag stops the run.
public struct ReplyDrafts: Sendable {
    /// language → topic (or `general`) → draft.
    public private(set) var drafts: [String: [String: String]] = [:]

    public init(drafts: [String: [String: String]]) { self.drafts = drafts }

    /// Loads every `<lang>.yml` of a directory and checks each draft as a review reply under `checker`'s profile.
    public static func load(directory: String, checker: Checker) throws -> ReplyDrafts {
        var drafts: [String: [String: String]] = [:]
        for path in try RuleSet.listYAML(directory) {
            let source = try RuleSet.readFile(path)
            let document = try YAMLDocument(path: path, source: source)
            var language: String?
            var entries: [String: String] = [:]
            for (key, keyNode, value) in try document.mapping(document.root, "a reply drafts file") {
                switch key {
                case "language": language = try document.string(value, "language")
                case "drafts":
                    for (topic, topicNode, text) in try document.mapping(value, "drafts") {
                        guard topic == "general" || ReviewTriager.topicOrder.contains(topic) else {
                            throw document.error("unknown topic '\(topic)' (expected general or \(ReviewTriager.topicOrder.joined(separator: ", ")))", at: topicNode)
                        }
                        let draft = try document.string(text, "a draft")
                        let findings = checker.check(draft, kind: .reviewReply, sender: .seller, language: language)
                        if let finding = findings.first {
                            throw document.error("this draft breaks rule '\(finding.rule)' (\(finding.excerpt)); a reply draft must pass check", at: text)
                        }
                        entries[topic] = draft
                    }
                default: throw document.error("unknown key '\(key)' (expected language, drafts)", at: keyNode)
                }
            }
            guard let language else { throw document.error("a reply drafts file needs 'language'", at: document.root) }
            guard entries["general"] != nil else { throw document.error("a reply drafts file needs a 'general' draft", at: document.root) }
            drafts[language] = entries
        }
        return ReplyDrafts(drafts: drafts)
    }

    /// The draft for a topic in a language: the topic's own, else the language's general one, else English.
    public func draft(topic: String?, language: String) -> (text: String, language: String)? {
        for candidate in [language, "en"] {
            guard let entries = drafts[candidate] else { continue }
            if let topic, let text = entries[topic] { return (text, candidate) }
            if let text = entries["general"] { return (text, candidate) }
        }
        return nil
    }
}
