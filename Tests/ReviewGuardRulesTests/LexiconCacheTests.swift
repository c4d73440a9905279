import Testing
import TestSupport
@testable import ReviewGuardRules

@Test func compiledLexiconsSurviveARoundTrip() throws {
    var writer = BinaryWriter()
    bundledRules.matcher.write(to: &writer)
    var reader = BinaryReader(writer.bytes)
    let matcher = try #require(ConceptMatcher(reading: &reader))
    #expect(reader.isAtEnd)
    let restored = RuleSet(book: bundledRules.book, policies: bundledRules.policies, matcher: matcher, languages: bundledRules.languages)
    let texts = [
        "Leave a 5-star review and get a $10 refund!", "亲，收到货麻烦给个五星好评哦，截图返5元红包", "R**fund aftr r*view",
        "Kết bạn Zalo 0909 123 456 nhé", "Thanks for your order!", "รีวิว 5 ดาว รับเงินคืน",
    ]
    let original = try Checker(rules: bundledRules)
    let copy = try Checker(rules: restored)
    for text in texts {
        #expect(original.check(text).map(\.rule) == copy.check(text).map(\.rule), "\(text)")
        #expect(original.check(text).map(\.span) == copy.check(text).map(\.span), "\(text)")
    }
}

@Test func aTruncatedOrCorruptCacheReadsAsNothing() {
    var writer = BinaryWriter()
    bundledRules.matcher.write(to: &writer)
    let bytes = writer.bytes
    var random = SeededRandom(seed: 7)
    for _ in 0..<40 {
        let cut = Int(random.next() % UInt64(bytes.count))
        var reader = BinaryReader(Array(bytes[..<cut]))
        #expect(ConceptMatcher(reading: &reader) == nil)
    }
    var corrupt = bytes
    for _ in 0..<20 { corrupt[Int(random.next() % UInt64(corrupt.count / 4))] = 0xFF }
    var reader = BinaryReader(corrupt)
    _ = ConceptMatcher(reading: &reader)  // must not crash; nil or a consistent matcher
}
