import Testing
import ReviewGuardText
import TestSupport

/// Invariants that must hold for any input: spans inside the original, ordered, on grapheme boundaries, and an
/// excerpt that normalizes back to its token.
func checkInvariants(_ input: String, _ normalized: NormalizedText, sourceLocation: SourceLocation = #_sourceLocation) {
    let utf8Count = input.utf8.count
    var boundaries = Set<Int>([utf8Count])
    var characterAt: [Int: Int] = [utf8Count: input.count]
    var offset = 0
    for (index, character) in input.enumerated() {
        boundaries.insert(offset)
        characterAt[offset] = index
        offset += character.utf8.count
    }
    var previous = Span(start: 0, end: 0)
    for token in normalized.tokens {
        #expect(token.span.start >= 0 && token.span.end <= utf8Count && token.span.start < token.span.end)
        #expect(boundaries.contains(token.span.start) && boundaries.contains(token.span.end), "cut cluster in \(input.debugDescription): \(token.span) \(token.text)")
        #expect(token.span.start >= previous.start, "spans out of order")
        let expected = (characterAt[token.span.start] ?? -1, characterAt[token.span.end] ?? -1)
        let found = normalized.characterRange(token.span)
        #expect(found.lowerBound == expected.0 && found.upperBound == expected.1,
                "Character offsets of \(token.span) in \(input.debugDescription)", sourceLocation: sourceLocation)
        previous = token.span
        let again = normalize(String(normalized.excerpt(token.span)))
        // A token may be read differently alone only where its neighbours decide: whole-word look-alikes (the
        // message's dominant script), phone numbers (digit groups), and digits or symbols that are leetspeak or
        // dotted spelling only within the run of symbols around them. Every other token's text must come back.
        let symbolic = token.text.unicodeScalars.contains { "0123456789@$!|*.-_/~+".unicodeScalars.contains($0) }
        if token.kind != .phone && !token.transforms.contains(.homoglyph) && !symbolic {
            #expect(containsScalars(again.tokens.map(\.text).joined(), token.text), "in \(input.debugDescription): excerpt \(normalized.excerpt(token.span)) → \(again.tokens.map(\.text)) ≠ \(token.text)", sourceLocation: sourceLocation)
        }
    }
}

/// Substring search on scalars: token texts are scalar sequences, and a combining mark in the next token must
/// not hide a match the way Character comparison would.
func containsScalars(_ haystack: String, _ needle: String) -> Bool {
    let text = Array(haystack.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty else { return true }
    guard text.count >= pattern.count else { return false }
    return (0...(text.count - pattern.count)).contains { Array(text[$0..<($0 + pattern.count)]) == pattern }
}

@Test(arguments: 0..<300)
func randomAdversarialText(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed))
    let input = TextPieces.random(Int(random.next() % 24), using: &random)
    checkInvariants(input, normalize(input))
}

@Test func randomBytesNeverCrash() {
    var random = SeededRandom(seed: 42)
    for _ in 0..<200 {
        let bytes = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let normalized = normalize(bytes: bytes)
        checkInvariants(normalized.original, normalized)
    }
}

@Test func nfdInputMatchesNFC() {
    let nfd = normalize("re\u{301}embolso đa\u{301}nh gia\u{301}")
    let nfc = normalize("réembolso đánh giá")
    #expect(nfd.tokens.map(\.text) == nfc.tokens.map(\.text))
    checkInvariants(nfd.original, nfd)
}

@Test func emptyAndWhitespaceOnly() {
    #expect(normalize("").tokens.isEmpty)
    #expect(normalize(" \n\t\u{200B} ").tokens.isEmpty)
}

@Test func oneMegabyteSingleLine() {
    let line = String(repeating: "Give 5⭐ for c@shb@ck 好评返现 đánh giá ", count: 1_000_000 / 50)
    let normalized = normalize(line)
    #expect(normalized.tokens.count > 100_000)
    #expect(normalized.tokens.last!.span.end <= line.utf8.count)
}

@Test func emojiZWJSequencesAndCombiningMarksStayWhole() {
    let input = "👨‍👩‍👧‍👦review🇻🇳e\u{301}\u{302}x ก่อน"
    checkInvariants(input, normalize(input))
}

/// Clusters the local boundary look used to cut (found by fuzzing: fuzz/regressions/normalize): a prepended mark
/// joins the letter after it, Hangul jamo join into one syllable, a virama joins Indic consonants.
@Test(arguments: ["ｒ\u{FFFD}\u{0605}ｖｉｅｗ саshbасk", "\u{0600}review", "\u{1100}\u{1161}\u{11A8}리뷰 review", "क्षमा review", "x\u{0D4E}ഷ review",
                  "ดาวำั รีวิว", "👧\u{200D}\u{1FE0F}\u{20D6}ｉｅｗ review"])
func clustersThatJoinAcrossALocalBoundary(input: String) {
    checkInvariants(input, normalize(input))
}
