import Testing
@testable import ReviewGuardRules

@Test func placeholdersBecomeSpacesOfTheSameLength() {
    let text = "Hi {buyer_name}, order {{order_id}} ok {not closed"
    let blanked = Checker.blankingPlaceholders(text)
    #expect(blanked.utf8.count == text.utf8.count)
    let spaces = { (count: Int) in String(repeating: " ", count: count) }
    #expect(blanked == "Hi " + spaces(12) + ", order " + spaces(12) + " ok {not closed")
}
