import ReviewGuardText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lexicons and rules loaded and compiled once; immutable and shared by every checker and thread.
public struct RuleSet: Sendable {
    public let book: RuleBook
    public let policies: PolicyBook
    public let matcher: ConceptMatcher
    public let languages: [String]
    /// Links that belong to the marketplaces themselves and are not off-platform contact.
    public let allowedLinks: [String] = [
        "tiktok.com", "shopee.", "lazada.", "amazon.", "seller-", "seller.", "tokopedia.com", "shp.ee", "s.lazada",
    ]
    /// The rules with concepts as integers, for the engine.
    let compiled: CompiledRules
    /// The engine's id of each of the matcher's concepts (by the matcher's index), or -1 when no rule uses it.
    let conceptIDs: [Int]

    public init(book: RuleBook, policies: PolicyBook, matcher: ConceptMatcher, languages: [String]) {
        self.book = book
        self.policies = policies
        self.matcher = matcher
        self.languages = languages
        compiled = CompiledRules(book)
        conceptIDs = matcher.conceptNames.map { [compiled] name in compiled.ids[name] ?? -1 }
    }

    /// Loads every `<lang>.yml` of a lexicon directory and its `rules.yml`, plus extra lexicon or rule files
    /// (`extra` entries ending in `rules.yml` are rules; other `.yml` files are lexicons; directories are read whole).
    public static func load(directory: String, extra: [String] = []) throws -> RuleSet {
        let rulesPath = directory + "/rules.yml"
        var book = try RuleBook.load(path: rulesPath, source: try readFile(rulesPath))
        var lexiconPaths = try listYAML(directory).filter { !$0.hasSuffix("/rules.yml") }
        for path in extra {
            if isDirectory(path) {
                for file in try listYAML(path) {
                    if file.hasSuffix("rules.yml") { try book.merge(RuleBook.load(path: file, source: readFile(file))) } else { lexiconPaths.append(file) }
                }
            } else if path.hasSuffix("rules.yml") {
                try book.merge(RuleBook.load(path: path, source: readFile(path)))
            } else {
                lexiconPaths.append(path)
            }
        }
        let policies = try PolicyBook.load(directory: directory + "/policies", ruleIDs: Set(book.rules.map(\.id)))
        return try compile(book: book, lexiconPaths: lexiconPaths, policies: policies)
    }

    /// Loads the review-triage rules (`triage/rules.yml`: topics and report signals of buyer reviews), matched over
    /// the main lexicons plus the topic lexicons `triage/<lang>.yml`. Its policy book is the main one, for the
    /// profiles' thresholds.
    public static func loadTriage(directory: String) throws -> RuleSet {
        let main = try RuleBook.load(path: directory + "/rules.yml", source: try readFile(directory + "/rules.yml"))
        let triagePath = directory + "/triage/rules.yml"
        let triage = try RuleBook.load(path: triagePath, source: try readFile(triagePath))
        let book = RuleBook(concepts: main.concepts.union(triage.concepts), rules: triage.rules, shadows: main.shadows.merging(triage.shadows) { $0 + $1 })
        let lexiconPaths = try listYAML(directory).filter { !$0.hasSuffix("/rules.yml") }
            + listYAML(directory + "/triage").filter { !$0.hasSuffix("/rules.yml") }
        let policies = try PolicyBook.load(directory: directory + "/policies", ruleIDs: Set(main.rules.map(\.id)))
        return try compile(book: book, lexiconPaths: lexiconPaths, policies: policies)
    }

    /// Compiles the lexicons for a rule book into one matcher, or takes it from the cache.
    /// The largest lexicon file and the most terms all lexicons may hold together, so that a runaway file
    /// (a million generated terms) is refused at once instead of taking minutes and gigabytes to compile.
    /// `REVIEWGUARD_MAX_LEXICON_MB` and `REVIEWGUARD_MAX_TERMS` raise them.
    static var maxLexiconBytes: Int { (environmentNumber("REVIEWGUARD_MAX_LEXICON_MB") ?? 8) << 20 }
    static var maxTerms: Int { environmentNumber("REVIEWGUARD_MAX_TERMS") ?? 300_000 }

    private static func environmentNumber(_ name: String) -> Int? {
        guard let value = getenv(name) else { return nil }
        return Int(String(cString: value)).flatMap { $0 > 0 ? $0 : nil }
    }

    private static func compile(book: RuleBook, lexiconPaths: [String], policies: PolicyBook) throws -> RuleSet {
        for path in lexiconPaths {
            var status = stat()
            if stat(path, &status) == 0, Int(status.st_size) > maxLexiconBytes {
                throw ConfigurationError(path: path, line: 0, column: 0, message: "the lexicon file is \(Int(status.st_size) >> 20) MB, over the \(maxLexiconBytes >> 20) MB limit (REVIEWGUARD_MAX_LEXICON_MB raises it)", source: "")
            }
        }
        let sources = try lexiconPaths.map { (path: $0, source: try readFile($0)) }
        let key = LexiconCache.key(rules: book.concepts.sorted().joined(separator: ","), lexicons: sources)
        if let cached = LexiconCache.load(key: key) {
            return RuleSet(book: book, policies: policies, matcher: cached.matcher, languages: cached.languages)
        }
        var lexicons: [Lexicon] = []
        var terms = 0
        for (path, source) in sources {
            let lexicon = try Lexicon.load(path: path, source: source, knownConcepts: book.concepts)
            terms += lexicon.terms.count
            if terms > maxTerms {
                throw ConfigurationError(path: path, line: 0, column: 0, message: "the lexicons hold more than \(maxTerms) terms together (REVIEWGUARD_MAX_TERMS raises the limit)", source: "")
            }
            lexicons.append(lexicon)
        }
        let matcher = try ConceptMatcher(lexicons: lexicons)
        LexiconCache.store(key: key, matcher: matcher, languages: lexicons.map(\.language))
        return RuleSet(book: book, policies: policies, matcher: matcher, languages: lexicons.map(\.language))
    }

    /// A data file as text (invalid UTF-8 replaced); a file that cannot be read is a configuration error.
    public static func readFile(_ path: String) throws -> String {
        String(decoding: try readBytes(path), as: UTF8.self)
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw ConfigurationError(path: path, line: 0, column: 0, message: "cannot read: \(String(cString: strerror(errno)))", source: "")
        }
        defer { fclose(file) }
        // Read straight into an array of the file's size (the compiled-lexicon cache is megabytes: growing an
        // array chunk by chunk copied it several times at every start); a file that grows meanwhile is read on.
        var status = stat()
        let size = fstat(fileno(file), &status) == 0 ? max(Int(status.st_size), 0) : 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = size > 0 ? fread(buffer.baseAddress, 1, size, file) : 0
        }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Whether a path names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The `.yml` and `.yaml` files of a directory, sorted.
    public static func listYAML(_ directory: String) throws -> [String] {
        try listFiles(directory, suffix: ".yml") + listFiles(directory, suffix: ".yaml")
    }

    /// The files of a directory whose names end with `suffix`, sorted.
    public static func listFiles(_ directory: String, suffix: String) throws -> [String] {
        guard let handle = opendir(directory) else {
            throw ConfigurationError(path: directory, line: 0, column: 0, message: "cannot open directory: \(String(cString: strerror(errno)))", source: "")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            if name.hasSuffix(suffix) { names.append(directory + "/" + name) }
        }
        return names.sorted()
    }
}

extension RuleBook {
    /// Adds a user's rules file: new concepts and rules; a rule with an existing id replaces it.
    mutating func merge(_ other: RuleBook) {
        concepts.formUnion(other.concepts)
        shadows.merge(other.shadows) { $0 + $1 }
        for rule in other.rules {
            if let index = rules.firstIndex(where: { $0.id == rule.id }) { rules[index] = rule } else { rules.append(rule) }
        }
    }
}
