import ArgumentParser
import ReviewGuardIO
import ReviewGuardRules

/// Options shared by every command that loads lexicons, rules and a policy profile.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "The lexicon directory (default: the bundled lexicons/).")
    var lexiconDirectory: String?

    @Option(name: .customLong("extra"), help: "Your own lexicon file, rules file (*rules.yml) or directory of them; repeatable.")
    var extra: [String] = []

    @Option(help: "The platform whose rules apply: tiktok, amazon, shopee, lazada (default: the strictest rules).")
    var platform: String?

    @Option(help: "The market, e.g. US, UK, ID, VN, TH, MY, PH, SG.")
    var market: String?

    @Option(help: "A policy profile id (see lexicons/policies), instead of --platform/--market.")
    var profile: String?

    @Option(help: "Apply the rules in force on this date (YYYY-MM-DD; default: today).")
    var asOf: String?

    @Option(help: "A YAML file with platform, market, profile, as_of and extra; flags override it.")
    var config: String?

    func validate() throws {
        if let asOf, PolicyDate(asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD") }
        if profile != nil && platform != nil { throw ValidationError("use either --profile or --platform/--market") }
        if market != nil && platform == nil && profile == nil { throw ValidationError("--market needs --platform") }
    }

    /// The lexicon directory: --lexicons, else the bundled one.
    func directory() throws -> String {
        guard let directory = lexiconDirectory ?? LexiconDirectory.locate() else {
            throw ValidationError("cannot find the lexicons directory; pass --lexicons DIR or set REVIEWGUARD_LEXICONS")
        }
        return directory
    }

    func load() throws -> RuleSet {
        let directory = try directory()
        let file = try config.map(RunConfiguration.load) ?? RunConfiguration()
        return try RuleSet.load(directory: directory, extra: file.extra + extra)
    }

    /// The profile id and date chosen by flags, then the configuration file, then the defaults.
    func selection(in rules: RuleSet) throws -> (profile: String, date: PolicyDate) {
        let file = try config.map(RunConfiguration.load) ?? RunConfiguration()
        let date = asOf.flatMap(PolicyDate.init) ?? file.asOf ?? .today
        if let id = profile ?? (platform == nil ? file.profile : nil) { return (id, date) }
        let id = try rules.policies.profileID(platform: platform ?? file.platform, market: market ?? (platform == nil ? file.market : nil))
        return (id, date)
    }

    func checker() throws -> Checker {
        let rules = try load()
        let selection = try selection(in: rules)
        return try Checker(rules: rules, profile: selection.profile, asOf: selection.date)
    }
}
