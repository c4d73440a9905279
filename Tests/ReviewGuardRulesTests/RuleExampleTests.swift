import Testing
import ReviewGuardIO
import ReviewGuardRules
import TestSupport

/// The bundled lexicons and rules, loaded once for all tests.
let bundledRules: RuleSet = {
    guard let directory = LexiconDirectory.locate() ?? ["lexicons", "../lexicons", "../../lexicons"].first(where: { _ in true }) else {
        fatalError("lexicons not found")
    }
    do { return try RuleSet.load(directory: directory) } catch { fatalError("\(error)") }
}()

/// One rule example, named for the test report.
struct RuleExample: CustomTestStringConvertible, Sendable {
    let rule: String
    let source: String
    let triggers: Bool
    /// The kind of text the example is checked as: a template, unless the rule is for other kinds only.
    var kind: MessageKind = .template
    var testDescription: String { "\(rule): \(source)" }
}

let allExamples: [RuleExample] = bundledRules.book.rules.flatMap { rule in
    let kind = rule.kinds.contains(.template) ? MessageKind.template : MessageKind.allCases.first { rule.kinds.contains($0) }!
    return rule.triggering.map { RuleExample(rule: rule.id, source: $0, triggers: true, kind: kind) }
        + rule.nonTriggering.map { RuleExample(rule: rule.id, source: $0, triggers: false, kind: kind) }
}

func findings(_ text: String, kind: MessageKind = .template) -> [Finding] {
    try! Checker(rules: bundledRules).check(text, kind: kind, includeSignals: true)
}

@Test(arguments: allExamples)
func ruleExample(_ example: RuleExample) throws {
    let marked = MarkedText(example.source)
    let found = findings(marked.text, kind: example.kind).filter { $0.rule == example.rule }
    guard example.triggers else {
        #expect(found.isEmpty, "hard negative flagged: \(found.map(\.excerpt))")
        return
    }
    let finding = try #require(found.first, "\(example.rule) did not fire")
    if let range = marked.marked {
        #expect(finding.characters == range, "span \(finding.excerpt)")
    }
}

@Test(arguments: allExamples.filter(\.triggers))
func ruleExampleWithMultiBytePrefix(_ example: RuleExample) throws {
    let marked = MarkedText(example.source)
    let plain = try #require(findings(marked.text, kind: example.kind).first { $0.rule == example.rule })
    let prefixed = try #require(findings(TextVariants.multiBytePrefix + marked.text, kind: example.kind).first { $0.rule == example.rule })
    #expect(prefixed.characters.lowerBound - plain.characters.lowerBound == TextVariants.multiBytePrefix.count)
    #expect(prefixed.span.start - plain.span.start == TextVariants.multiBytePrefix.utf8.count)
    #expect(prefixed.excerpt == plain.excerpt)
}

@Test(arguments: allExamples.filter(\.triggers))
func ruleExampleFullWidth(_ example: RuleExample) throws {
    let text = TextVariants.fullWidth(MarkedText(example.source).text)
    let finding = try #require(findings(text, kind: example.kind).first { $0.rule == example.rule }, "full-width variant missed")
    if finding.excerpt.unicodeScalars.contains(where: { (0xFF21...0xFF5A).contains($0.value) }) {
        #expect(finding.obfuscated)
    }
}

@Test func everyTaxonomyCategoryHasARule() {
    let categories = Set(bundledRules.book.rules.filter { !$0.isSignal }.map(\.category))
    let taxonomy: Set<String> = [
        "review-incentive", "positive-review-request", "review-gating", "negative-review-discouraging",
        "review-edit-request", "review-edit-compensation", "review-threat", "after-sales-conditioned",
        "off-platform-contact", "off-platform-payment", "fake-review-scheme", "buyer-cancel-request",
        "abusive-language", "personal-data",
    ]
    #expect(categories == taxonomy)
}

@Test func buyerMessagesAreNeverFindingsAgainstTheSeller() {
    let checker = try! Checker(rules: bundledRules)
    #expect(checker.check("Refund me or I leave 1 star. My WhatsApp is 0812-3456-7890", kind: .chat, sender: .buyer).isEmpty)
    #expect(!checker.check("My WhatsApp is 0812-3456-7890", kind: .chat, sender: .seller).isEmpty)
}

@Test func maskedWordsResolveAgainstPrefixTerms() throws {
    let concepts = try Checker(rules: bundledRules).concepts(in: "R*mb*urs*ment apr*s av*s")
    #expect(concepts.contains { $0.concept == "incentive" && $0.excerpt == "R*mb*urs*ment" })
}

@Test func phoneNumbersSpelledOutAreContactDetails() throws {
    let checker = try Checker(rules: bundledRules)
    #expect(checker.check("WhatsApp me, kosong satu tiga lapan lapan dua empat 7 7 1", kind: .chat).contains { $0.rule == "off-platform-contact" })
    #expect(checker.check("call me zero eight one two three four five six seven eight", kind: .chat).contains { $0.rule == "off-platform-contact" })
    // Numbers in ordinary text are not a phone number.
    #expect(checker.check("One or two sizes up? Three colours, four sizes, five days delivery.", kind: .chat).isEmpty)
}
