import ReviewGuardText

/// Where a concept occurs in a message: its tokens and its span in the original text. Plain integers only (names
/// are in the matcher's tables): occurrences are copied often, and strings would cost a retain and release each time.
struct Occurrence {
    /// The concept, as its index in `ConceptMatcher.conceptNames`.
    var concept: Int32
    /// The lexicon's language, as its index in `ConceptMatcher.languageNames`, or `noLanguage` (built-in concepts).
    var language: UInt8
    /// Other languages whose lexicons have the same term here (a word shared by Spanish and Portuguese): one bit
    /// per language index.
    var otherLanguages: UInt64 = 0
    var firstToken: Int
    var lastToken: Int
    var span: Span
    var sentence: Int
    /// Whether the occurrence is in a script written without spaces (windows count more tokens there).
    var isUnspaced = false
    /// The concept as a small integer (see `CompiledRules`), set before the engine runs.
    var id = -1
    /// Where the match starts in the matcher's key (to tell one match found by several languages' terms).
    var keyStart = -1

    static let noLanguage = UInt8.max

    /// Its own language, then every other language whose lexicon has the term.
    var languages: Languages { Languages(own: language, others: otherLanguages) }

    struct Languages: Sequence, IteratorProtocol {
        var own: UInt8?
        var others: UInt64

        mutating func next() -> UInt8? {
            if let language = own {
                own = nil
                return language
            }
            guard others != 0 else { return nil }
            defer { others &= others - 1 }
            return UInt8(others.trailingZeroBitCount)
        }
    }
}

/// All lexicons compiled into one automaton. Terms are normalized by the same pipeline as messages, so a term
/// matches every disguise the pipeline undoes. Built once; read-only and shareable afterwards.
public struct ConceptMatcher: Sendable {
    private struct Pattern: Sendable {
        var concept: String
        var conceptIndex: Int
        var language: String
        var languageIndex: UInt8
        /// A trailing `*`: the last word may continue.
        var isPrefix: Bool
        /// The term with its accents (spaces removed, repeated letters collapsed) when it has any: `quà` must not
        /// match a text that writes `qua`; a text written without accents still matches.
        var accented: String
        var hasAccents: Bool
    }

    private let automaton: TermAutomaton
    private let patterns: [Pattern]
    /// Byte length of each pattern's key.
    private let lengths: [Int]
    /// Single ASCII words of all lexicons, by length, to resolve masked words (`r**fund`).
    private let vocabulary: [Int: [String]]
    let negationFollows: Set<String>
    /// Every concept's name, by the index occurrences carry: the lexicons' concepts, then the built-in ones.
    let conceptNames: [String]
    /// Every lexicon language, by the index occurrences carry.
    let languageNames: [String]
    /// Whether each language (by index) negates at the end of the clause (ja, ko).
    let negationFollowsLanguage: [Bool]
    /// Each language's place among `latinLanguages` (by index), or -1.
    private let latinIndexOfLanguage: [Int]
    /// The indices of the concepts the matcher itself finds or looks for.
    let builtIn: BuiltInConcepts

    /// Concepts the matcher finds itself (money, numbers, contact details) or looks at by name.
    struct BuiltInConcepts: Sendable {
        var money: Int32 = 0, number: Int32 = 0, quantity: Int32 = 0, contactDetail: Int32 = 0, handle: Int32 = 0
        var phoneNumber: Int32 = 0, link: Int32 = 0, negativeRating: Int32 = 0, orderReference: Int32 = 0
        var digitWord: Int32 = 0, review: Int32 = 0, positiveRating: Int32 = 0, negation: Int32 = 0

        /// Each concept's name and where its index goes.
        static let fields: [(name: String, field: WritableKeyPath<BuiltInConcepts, Int32> & Sendable)] = [
            ("money", \.money), ("number", \.number), ("quantity", \.quantity), ("contact-detail", \.contactDetail),
            ("handle", \.handle), ("phone-number", \.phoneNumber), ("link", \.link), ("negative-rating", \.negativeRating),
            ("order-ref", \.orderReference), ("digit-word", \.digitWord), ("review", \.review),
            ("positive-rating", \.positiveRating), ("negation", \.negation),
        ]

        init(_ index: [String: Int32]) {
            for (name, field) in Self.fields { self[keyPath: field] = index[name]! }
        }
    }

    private init(automaton: TermAutomaton, patterns: [Pattern], lengths: [Int], vocabulary: [Int: [String]], negationFollows: Set<String>) {
        self.automaton = automaton
        self.lengths = lengths
        self.vocabulary = vocabulary
        self.negationFollows = negationFollows
        // Concept and language tables: the patterns' concepts keep their indices; built-ins follow.
        var conceptNames = [String](repeating: "", count: (patterns.map(\.conceptIndex).max() ?? -1) + 1)
        for pattern in patterns { conceptNames[pattern.conceptIndex] = pattern.concept }
        var conceptIndex: [String: Int32] = [:]
        for (index, name) in conceptNames.enumerated() { conceptIndex[name] = Int32(index) }
        for name in BuiltInConcepts.fields.map(\.name) where conceptIndex[name] == nil {
            conceptIndex[name] = Int32(conceptNames.count)
            conceptNames.append(name)
        }
        var languageNames: [String] = []
        var patterns = patterns
        for index in patterns.indices {
            if let known = languageNames.firstIndex(of: patterns[index].language) {
                patterns[index].languageIndex = UInt8(known)
            } else {
                patterns[index].languageIndex = UInt8(clamping: languageNames.count)
                languageNames.append(patterns[index].language)
            }
        }
        self.patterns = patterns
        self.conceptNames = conceptNames
        self.languageNames = languageNames
        negationFollowsLanguage = languageNames.map { negationFollows.contains($0) }
        latinIndexOfLanguage = languageNames.map { Self.latinLanguages.firstIndex(of: $0) ?? -1 }
        builtIn = BuiltInConcepts(conceptIndex)
    }

    /// The index of a language, or `Occurrence.noLanguage`.
    func languageIndex(_ name: String?) -> UInt8 {
        guard let name, let index = languageNames.firstIndex(of: name) else { return Occurrence.noLanguage }
        return UInt8(clamping: index)
    }

    /// The name of an occurrence's language ("" for built-in concepts).
    func languageName(_ index: UInt8) -> String { Int(index) < languageNames.count ? languageNames[Int(index)] : "" }

    /// Writes the compiled matcher for the cache.
    func write(to writer: inout BinaryWriter) {
        automaton.write(to: &writer)
        writer.int(patterns.count)
        for (pattern, length) in zip(patterns, lengths) {
            writer.string(pattern.concept)
            writer.int(pattern.conceptIndex)
            writer.string(pattern.language)
            writer.bool(pattern.isPrefix)
            writer.string(pattern.accented)
            writer.bool(pattern.hasAccents)
            writer.int(length)
        }
        // Prefix words (vocabulary[-1]) are written with a trailing `*`.
        let prefixes = Set(vocabulary[-1] ?? [])
        let words = vocabulary.filter { $0.key >= 0 }.flatMap { _, words in words.map { prefixes.contains($0) ? $0 + "*" : $0 } }
        writer.int(words.count)
        for word in words { writer.string(word) }
        writer.int(negationFollows.count)
        for language in negationFollows.sorted() { writer.string(language) }
    }

    /// Reads a matcher written by `write(to:)`, or nil when the data is inconsistent.
    init?(reading reader: inout BinaryReader) {
        guard let automaton = TermAutomaton(reading: &reader), let count = reader.int(), count >= 0,
            automaton.largestPatternID < count
        else { return nil }
        var patterns: [Pattern] = []
        var lengths: [Int] = []
        for _ in 0..<count {
            guard let concept = reader.string(), let index = reader.int(), let language = reader.string(),
                let isPrefix = reader.bool(), let accented = reader.string(), let hasAccents = reader.bool(),
                let length = reader.int(), length > 0
            else { return nil }
            patterns.append(Pattern(
                concept: concept, conceptIndex: index, language: language, languageIndex: 0, isPrefix: isPrefix, accented: accented,
                hasAccents: hasAccents))
            lengths.append(length)
        }
        guard let wordCount = reader.int(), wordCount >= 0 else { return nil }
        var vocabulary: [Int: [String]] = [:]
        for _ in 0..<wordCount {
            guard let word = reader.string() else { return nil }
            if word.hasSuffix("*") {
                vocabulary[-1, default: []].append(String(word.dropLast()))
                vocabulary[word.utf8.count - 1, default: []].append(String(word.dropLast()))
            } else {
                vocabulary[word.utf8.count, default: []].append(word)
            }
        }
        guard let languageCount = reader.int(), languageCount >= 0 else { return nil }
        var negationFollows: Set<String> = []
        for _ in 0..<languageCount {
            guard let language = reader.string() else { return nil }
            negationFollows.insert(language)
        }
        self.init(automaton: automaton, patterns: patterns, lengths: lengths,
                  vocabulary: vocabulary.mapValues { $0.sorted() }, negationFollows: negationFollows)
    }

    public init(lexicons: [Lexicon]) throws(ICUError) {
        let normalizer = try TextNormalizer()
        var patterns: [Pattern] = []
        var keys: [[UInt8]] = []
        var vocabulary: [Int: Set<String>] = [:]
        var conceptIndex: [String: Int] = [:]
        for lexicon in lexicons {
            for term in lexicon.terms {
                let isPrefix = term.text.hasSuffix("*")
                let text = isPrefix ? String(term.text.dropLast()) : term.text
                let normalized = normalizer.normalize(text)
                let key = MatchKey(normalized, resolveMask: { _ in nil })
                let hasAccents = normalized.tokens.contains { $0.transforms.contains(.accents) }
                let accented = Self.accentedForm(normalized.tokens[...])
                guard !key.bytes.isEmpty else { continue }
                keys.append(key.bytes)
                let index = conceptIndex[term.concept] ?? conceptIndex.count
                conceptIndex[term.concept] = index
                patterns.append(Pattern(
                    concept: term.concept, conceptIndex: index, language: lexicon.language, languageIndex: 0, isPrefix: isPrefix,
                    accented: accented, hasAccents: hasAccents))
                if key.bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), key.bytes.count >= 4 {
                    let word = String(decoding: key.bytes, as: UTF8.self)
                    vocabulary[key.bytes.count, default: []].insert(word)
                    // Prefix terms (`rembourse*`) also stand for longer words a masked word may spell.
                    if isPrefix { vocabulary[-1, default: []].insert(word) }
                }
            }
        }
        self.init(
            automaton: TermAutomaton(patterns: keys), patterns: patterns, lengths: keys.map(\.count),
            vocabulary: vocabulary.mapValues { $0.sorted() }, negationFollows: Set(lexicons.filter(\.negationFollows).map(\.language)))
    }

    /// Every concept occurrence in a normalized message, plus built-in concepts (contact details).
    func occurrences(in text: NormalizedText, allowedLinks: [String], hint: String? = nil) -> [Occurrence] {
        let key = MatchKey(text, resolveMask: resolveMask)
        var found: [Occurrence] = []
        // Every pattern ending at one position is reported together, so a concept found at the same place by the
        // terms of several languages is among the occurrences added since the position began.
        var position = -1
        var firstAtPosition = 0
        automaton.scan(key.bytes) { id, end in
            let pattern = patterns[id]
            let start = end - lengths[id]
            guard start >= 0, key.isBoundary(before: start), pattern.isPrefix || key.isBoundary(after: end) else { return }
            let first = Int(key.origins[start...].first(where: { $0.token >= 0 })?.token ?? -1)
            let last = Int(key.origins[..<end].last(where: { $0.token >= 0 })?.token ?? -1)
            guard first >= 0, last >= first else { return }
            if !accentsAgree(pattern, text.tokens[first...last]) { return }
            if end != position {
                position = end
                firstAtPosition = found.count
            }
            let concept = Int32(pattern.conceptIndex)
            if let index = found[firstAtPosition...].firstIndex(where: { $0.keyStart == start && $0.concept == concept }) {
                if found[index].language != pattern.languageIndex && pattern.languageIndex < 64 {
                    found[index].otherLanguages |= 1 << UInt64(pattern.languageIndex)
                }
                return
            }
            // A prefix term (`review*`) covers the whole word it starts (`reviews`).
            let upper = pattern.isPrefix ? max(Int(key.origins[end - 1].end), text.tokens[last].span.end) : Int(key.origins[end - 1].end)
            var occurrence = Occurrence(
                concept: concept, language: pattern.languageIndex, firstToken: first, lastToken: last,
                span: text.characters.snap(Span(start: Int(key.origins[start].start), end: upper)),
                sentence: text.tokens[first].sentence, isUnspaced: text.tokens[first].isUnspacedScript)
            occurrence.keyStart = start
            found.append(occurrence)
        }
        found = keepingLikelyLanguages(found, hint: languageIndex(hint))
        found += lowRatingRanges(found, in: text)
        found += spelledNumbers(found, in: text)
        let amounts = MoneyDetector.amounts(in: text)
        func builtIn(_ concept: Int32, _ index: Int, _ span: Span) -> Occurrence {
            Occurrence(concept: concept, language: Occurrence.noLanguage, firstToken: index, lastToken: index, span: span, sentence: text.tokens[index].sentence)
        }
        for (index, span) in amounts { found.append(builtIn(self.builtIn.money, index, span)) }
        for (index, token) in text.tokens.enumerated() where token.kind == .number && !amounts.contains(where: { $0.token == index }) {
            found.append(builtIn(self.builtIn.number, index, token.span))
            if let count = Int(token.text.filter { $0.isNumber }), count >= 10, count < 1_000_000 {
                found.append(builtIn(self.builtIn.quantity, index, token.span))
            }
        }
        let orderReferences = found.filter { $0.concept == self.builtIn.orderReference }
        for (index, token) in text.tokens.enumerated() where isContactDetail(token, allowedLinks: allowedLinks) {
            // A number right after "order number" or "tracking no." is that number, not a phone.
            if token.kind == .phone && orderReferences.contains(where: { $0.lastToken < index && index - $0.lastToken <= 3 }) { continue }
            found.append(builtIn(token.kind == .handle ? self.builtIn.handle : self.builtIn.contactDetail, index, token.span))
            // The kind of contact detail, for rules that tell a phone number from a link.
            if token.kind == .phone {
                found.append(builtIn(self.builtIn.phoneNumber, index, token.span))
            } else if token.kind == .url || token.kind == .email {
                found.append(builtIn(self.builtIn.link, index, token.span))
            }
        }
        return found
    }

    /// Accents decide between words only where they make the difference: a text that writes accents must write
    /// an accented term's accents (`quà` is not `qua`), and Vietnamese text, whose tone marks make every word,
    /// must write a term's exact accents (`chất` is not `chat`). Text typed without accents matches anyway, and so
    /// does a stray accent on a word that has none (`réembolso`).
    private func accentsAgree(_ pattern: Pattern, _ tokens: ArraySlice<Token>) -> Bool {
        guard tokens.contains(where: { $0.transforms.contains(.accents) }) else { return true }
        guard pattern.hasAccents || tokens.contains(where: { Self.hasVietnameseLetters($0.text) }) else { return true }
        // Compare with the term as `accentedForm` would write the tokens, without building the string.
        var expected = pattern.accented.unicodeScalars.makeIterator()
        var previous: Unicode.Scalar?
        for token in tokens {
            for scalar in token.text.unicodeScalars where scalar != " " && scalar != previous {
                previous = scalar
                guard let wanted = expected.next() else { return pattern.isPrefix }
                if wanted != scalar { return false }
            }
        }
        return expected.next() == nil
    }

    /// Letters only Vietnamese uses among the languages here: ơ ư ă đ and the stacked tone marks (U+1EA0–U+1EF9).
    static func hasVietnameseLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (0x1EA0...0x1EF9).contains(scalar.value) || [0x01A1, 0x01B0, 0x0103, 0x0111].contains(scalar.value)
        }
    }

    /// Token texts without spaces and with repeated letters collapsed, accents kept.
    static func accentedForm(_ tokens: ArraySlice<Token>) -> String {
        var result = String.UnicodeScalarView()
        for token in tokens {
            for scalar in token.text.unicodeScalars where scalar != " " && scalar != result.last {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// "zero eight one two...", "kosong satu tiga, lapan lapan dua": eight digits or more spelled out (digit words
    /// and digits mixed) in a row are a phone number written to slip past filters.
    func spelledNumbers(_ occurrences: [Occurrence], in text: NormalizedText) -> [Occurrence] {
        let words = occurrences.filter { $0.concept == builtIn.digitWord }.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        guard words.count >= 4 else { return [] }
        // Each digit: a digit-word occurrence, or a digit in a number token.
        var digits: [(first: Int, last: Int, span: Span)] = words.map { ($0.firstToken, $0.lastToken, $0.span) }
        for (index, token) in text.tokens.enumerated() where token.kind == .number && token.text.count <= 4 {
            for _ in token.text where true { digits.append((index, index, token.span)) }
        }
        digits.sort { ($0.span.start, $0.first) < ($1.span.start, $1.first) }
        var result: [Occurrence] = []
        var runStart = 0
        for index in 1...digits.count {
            let continues = index < digits.count && digits[index].first <= digits[index - 1].last + 1
                && text.tokens[digits[index].first].sentence == text.tokens[digits[index - 1].first].sentence
            if continues { continue }
            let run = digits[runStart..<index]
            let spelled = words.filter { word in run.contains { $0.span == word.span } }.count
            if run.count >= 8 && spelled >= 4, let first = run.first, let last = run.last {
                result.append(Occurrence(concept: builtIn.contactDetail, language: Occurrence.noLanguage, firstToken: first.first, lastToken: last.last,
                                         span: first.span.union(last.span), sentence: text.tokens[first.first].sentence))
            }
            runStart = index
        }
        return result
    }

    /// "1~3 stars", "★1〜★3", "별 1~2개", "1-2-3 sao": ratings of one to three next to a rating word are low
    /// ratings in any language, however the range is written.
    func lowRatingRanges(_ occurrences: [Occurrence], in text: NormalizedText) -> [Occurrence] {
        var result: [Occurrence] = []
        func lowNumber(_ index: Int) -> Bool {
            guard index >= 0, index < text.tokens.count, text.tokens[index].kind == .number, let value = Int(text.tokens[index].text) else { return false }
            return (1...3).contains(value)
        }
        for rating in occurrences where rating.concept == builtIn.review || rating.concept == builtIn.positiveRating {
            var before = rating.firstToken - 1
            while lowNumber(before) || (before >= 0 && text.tokens[before].kind == .emoji && lowNumber(before - 1)) { before -= 1 }
            var after = rating.lastToken + 1
            while lowNumber(after) || (after < text.tokens.count && text.tokens[after].kind == .emoji && lowNumber(after + 1)) { after += 1 }
            let first = before + 1
            let last = after - 1
            // A range (two numbers or more): a single "1 star" is the lexicons' business, and "3 reviews" is a count.
            let numbers = (first..<rating.firstToken).filter(lowNumber).count + ((rating.lastToken + 1)...max(rating.lastToken + 1, last)).filter(lowNumber).count
            guard numbers >= 2 else { continue }
            let span = text.tokens[first].span.union(text.tokens[last].span).union(rating.span)
            result.append(Occurrence(concept: builtIn.negativeRating, language: rating.language, firstToken: first, lastToken: last,
                                     span: span, sentence: rating.sentence, isUnspaced: rating.isUnspaced))
        }
        return result
    }

    /// Languages written in Latin letters, whose words collide across languages once accents are folded
    /// (French `procès` reads as English `process`).
    static let latinLanguages = ["en", "es", "pt", "de", "fr", "vi", "id", "ms", "tl"]

    /// Keeps terms of the languages the message is written in: English (the lingua franca of these markets),
    /// the hinted language, every non-Latin language, and the Latin languages with at least half as many hits as
    /// the best one. A stray false friend of another Latin language does not count.
    func keepingLikelyLanguages(_ occurrences: [Occurrence], hint: UInt8) -> [Occurrence] {
        var scores = [Int](repeating: 0, count: Self.latinLanguages.count)
        // Function words (negations) are the words most often shared by languages ("no", "ko"): they do not vote.
        for occurrence in occurrences where occurrence.concept != builtIn.negation {
            for language in occurrence.languages {
                if let index = latinIndex(language) { scores[index] += 1 }
            }
        }
        // English is mixed into every market's writing (Taglish, Manglish): it does not outvote the others.
        let scored = scores.count { $0 > 0 }
        guard let best = scores.dropFirst().filter({ $0 > 0 }).max(), scored > 1 else { return occurrences }
        return occurrences.filter { occurrence in
            func counts(_ language: UInt8) -> Bool {
                // English words count in any message, but not its function words: Portuguese "no próximo pedido"
                // is "in the next order", not a negation.
                guard let index = latinIndex(language) else { return true }
                let englishCounts = index == 0 && occurrence.concept != builtIn.negation
                return englishCounts || language == hint || scores[index] * 2 >= best
            }
            return occurrence.languages.contains(where: counts)
        }
    }

    /// A language's place among `latinLanguages`, or nil.
    @inline(__always)
    private func latinIndex(_ language: UInt8) -> Int? {
        guard Int(language) < latinIndexOfLanguage.count else { return nil }
        let index = latinIndexOfLanguage[Int(language)]
        return index >= 0 ? index : nil
    }

    private func isContactDetail(_ token: Token, allowedLinks: [String]) -> Bool {
        switch token.kind {
        case .phone, .email, .handle: return true
        case .url: return !allowedLinks.contains { token.text.contains($0) }
        default: return false
        }
    }


    /// The lexicon word a masked word stands for: `*` runs stand for one letter up to as many letters as stars.
    private func resolveMask(_ masked: String) -> String? {
        let scalars = Array(masked.unicodeScalars)
        let stars = scalars.filter { $0 == "*" }.count
        let fixed = scalars.count - stars
        for length in (fixed + 1)...(fixed + stars) {
            for word in vocabulary[length] ?? [] where Self.matches(Array(word.unicodeScalars)[...], scalars[...]) {
                return word
            }
        }
        // `r*mb*urs*ment` against the prefix term `rembourse*`: the stem, then the rest of the masked word.
        for word in vocabulary[-1] ?? [] {
            let stem = Array(word.unicodeScalars)
            for cut in stride(from: scalars.count - 1, through: 1, by: -1)
            where Self.matches(stem[...], scalars[..<cut]) {
                return word + String(String.UnicodeScalarView(scalars[cut...]))
            }
        }
        return nil
    }

    private static func matches(_ word: ArraySlice<Unicode.Scalar>, _ mask: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let head = mask.first else { return word.isEmpty }
        if head != "*" { return word.first == head && matches(word.dropFirst(), mask.dropFirst()) }
        var run = 0
        var rest = mask
        while rest.first == "*" { run += 1; rest = rest.dropFirst() }
        for take in 1...run where take <= word.count {
            if matches(word.dropFirst(take), rest) { return true }
        }
        return false
    }
}
