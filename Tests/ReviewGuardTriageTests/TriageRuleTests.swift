import Foundation
import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardTriage
import Testing
import TestSupport

let lexicons = Executable.packageRoot.appendingPathComponent("lexicons").path
/// The main rules and the triage rules, loaded once.
let mainRules: RuleSet = { do { return try RuleSet.load(directory: lexicons) } catch { fatalError("\(error)") } }()
let triageRules: RuleSet = { do { return try RuleSet.loadTriage(directory: lexicons) } catch { fatalError("\(error)") } }()

struct TriageExample: CustomTestStringConvertible, Sendable {
    let rule: String
    let source: String
    let triggers: Bool
    var testDescription: String { "\(rule): \(source)" }
}

let triageExamples: [TriageExample] = triageRules.book.rules.flatMap { rule in
    rule.triggering.map { TriageExample(rule: rule.id, source: $0, triggers: true) }
        + rule.nonTriggering.map { TriageExample(rule: rule.id, source: $0, triggers: false) }
}

/// Every example of every triage rule runs: triggering ones must fire on the marked words, `pass` ones must not.
@Test(arguments: triageExamples)
func triageRuleExample(_ example: TriageExample) throws {
    let marked = MarkedText(example.source)
    let checker = try Checker(rules: triageRules)
    let found = checker.check(marked.text, kind: .chat, sender: .buyer, includeSignals: true).filter { $0.rule == example.rule }
    guard example.triggers else {
        #expect(found.isEmpty, "hard negative flagged: \(found.map(\.excerpt))")
        return
    }
    let finding = try #require(found.first, "\(example.rule) did not fire")
    if let range = marked.marked { #expect(finding.characters == range, "span \(finding.excerpt)") }
    let prefixed = try #require(checker.check(TextVariants.multiBytePrefix + marked.text, kind: .chat, sender: .buyer, includeSignals: true)
        .first { $0.rule == example.rule }, "missed with a multi-byte prefix")
    #expect(prefixed.characters.lowerBound - finding.characters.lowerBound == TextVariants.multiBytePrefix.count)
}

@Test func everyTopicAndSignalHasARule() {
    let rules = Set(triageRules.book.rules.map(\.id))
    #expect(rules == Set(ReviewTriager.topicOrder + ReviewTriager.signalIDs))
    #expect(triageRules.book.rules.allSatisfy { $0.senders == [.buyer] && ($0.category == "topic" || $0.category == "report") })
}

/// A reply draft that the engine itself would flag is a bug: every draft passes `check` as a review reply under
/// every policy profile.
@Test(arguments: ["default"] + mainRules.policies.profiles.keys.sorted())
func everyDraftIsCompliant(profile: String) throws {
    let checker = try Checker(rules: mainRules, profile: profile, asOf: PolicyDate("2026-11-25")!)
    let drafts = try ReplyDrafts.load(directory: lexicons + "/replies", checker: checker)
    #expect(Set(drafts.drafts.keys) == Set(mainRules.languages))
    for (language, entries) in drafts.drafts {
        #expect(Set(entries.keys) == Set(ReviewTriager.topicOrder + ["general"]), "\(language) lacks drafts")
    }
}

@Test func aDraftThatBreaksARuleStopsTheLoad() throws {
    let directory = try Executable.scratchDirectory()
    try "language: en\ndrafts:\n  general: \"Sorry! Change your review to 5 stars and we'll refund you.\"\n"
        .write(to: directory.appendingPathComponent("en.yml"), atomically: true, encoding: .utf8)
    let error = try #require(throws: ConfigurationError.self) { try ReplyDrafts.load(directory: directory.path, checker: Checker(rules: mainRules)) }
    #expect(error.line == 3 && error.description.contains("must pass check"))
}
