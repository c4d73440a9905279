/// Settings a team keeps in a file instead of repeating flags (`--config FILE`); flags win over the file.
public struct RunConfiguration: Sendable {
    public var platform: String?
    public var market: String?
    public var profile: String?
    public var asOf: PolicyDate?
    public var extra: [String] = []

    public init() {}

    public static func load(path: String) throws -> RunConfiguration {
        let source = try RuleSet.readFile(path)
        let document = try YAMLDocument(path: path, source: source)
        var configuration = RunConfiguration()
        for (key, keyNode, value) in try document.mapping(document.root, "the configuration") {
            switch key {
            case "platform": configuration.platform = try document.string(value, "platform")
            case "market": configuration.market = try document.string(value, "market")
            case "profile": configuration.profile = try document.string(value, "profile")
            case "as_of": configuration.asOf = try document.date(value, "as_of")
            case "extra": configuration.extra = try document.strings(value, "extra").map(\.0)
            default: throw document.error("unknown key '\(key)' (expected platform, market, profile, as_of, extra)", at: keyNode)
            }
        }
        return configuration
    }
}
