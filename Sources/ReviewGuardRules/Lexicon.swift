import ReviewGuardText

/// One language's words for each concept, as written in `lexicons/<lang>.yml`.
public struct Lexicon: Sendable {
    /// A term and where it was written, for positioned errors and `explain`.
    public struct Term: Sendable {
        public var text: String
        public var concept: String
        public var path: String
        public var line: Int
        public var column: Int
    }

    public var language: String
    /// Whether negation usually follows what it negates (Japanese, Korean).
    public var negationFollows: Bool
    public var terms: [Term]

    /// Reads a lexicon file; any problem stops loading with `path:line:col`.
    public static func load(path: String, source: String, knownConcepts: Set<String>) throws(ConfigurationError) -> Lexicon {
        let document = try YAMLDocument(path: path, source: source)
        var language: String?
        var negationFollows = false
        var terms: [Term] = []
        for (key, keyNode, value) in try document.mapping(document.root, "a lexicon") {
            switch key {
            case "language": language = try document.string(value, "language")
            case "negation_follows": negationFollows = try document.bool(value, "negation_follows")
            case "concepts":
                for (concept, conceptNode, list) in try document.mapping(value, "concepts") {
                    guard knownConcepts.contains(concept) else {
                        throw document.error("unknown concept '\(concept)' (see lexicons/CONCEPTS.md)", at: conceptNode)
                    }
                    for (text, node) in try document.strings(list, "concept '\(concept)'") {
                        let trimmed = text.trimmedOfWhitespace
                        guard !trimmed.isEmpty, trimmed != "*" else { throw document.error("empty term", at: node) }
                        terms.append(Term(text: trimmed, concept: concept, path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0))
                    }
                }
            default: throw document.error("unknown key '\(key)' (expected language, negation_follows, concepts)", at: keyNode)
            }
        }
        guard let language else { throw document.error("missing 'language'", at: document.root) }
        return Lexicon(language: language, negationFollows: negationFollows, terms: terms)
    }
}
