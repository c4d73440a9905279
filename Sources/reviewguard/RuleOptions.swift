import ArgumentParser
import ReviewGuardIO
import ReviewGuardRules

/// Options shared by every command that loads lexicons and rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "The lexicon directory (default: the bundled lexicons/).")
    var lexiconDirectory: String?

    @Option(name: .customLong("extra"), help: "Your own lexicon file, rules file (*rules.yml) or directory of them; repeatable.")
    var extra: [String] = []

    func load() throws -> RuleSet {
        guard let directory = lexiconDirectory ?? LexiconDirectory.locate() else {
            throw ValidationError("cannot find the lexicons directory; pass --lexicons DIR or set REVIEWGUARD_LEXICONS")
        }
        return try RuleSet.load(directory: directory, extra: extra)
    }
}
