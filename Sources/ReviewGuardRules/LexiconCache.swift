#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cache of compiled lexicons on disk, so `reviewguard check` starts in milliseconds instead of normalizing
/// thousands of terms on every run. The key covers the lexicon and rules files' contents and the executable
/// itself (a rebuilt pipeline may read terms differently); anything unreadable or inconsistent is ignored and
/// the lexicons are compiled again. `REVIEWGUARD_CACHE=off` disables it; `REVIEWGUARD_CACHE=DIR` moves it.
enum LexiconCache {
    static let formatVersion = "reviewguard-compiled-lexicons-2"

    static var directory: String? {
        let environment = { (name: String) -> String? in getenv(name).map { String(cString: $0) } }
        if let configured = environment("REVIEWGUARD_CACHE"), !configured.isEmpty {
            return configured == "off" ? nil : configured
        }
        if let xdg = environment("XDG_CACHE_HOME"), !xdg.isEmpty { return xdg + "/reviewguard" }
        if let home = environment("HOME"), !home.isEmpty { return home + "/.cache/reviewguard" }
        return nil
    }

    /// A 64-bit FNV-1a fingerprint of everything the compiled form depends on.
    static func key(rules: String, lexicons: [(path: String, source: String)]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x100_0000_01B3
        }
        add(formatVersion)
        add(executableIdentity())
        add(rules)
        for lexicon in lexicons {
            add(lexicon.path)
            add(lexicon.source)
        }
        return String(hash, radix: 16)
    }

    /// The size and modification time of the binary this code was loaded from (the executable, or a test bundle
    /// that is rebuilt while the test runner is not): changes whenever the pipeline may have changed.
    private static func executableIdentity() -> String {
        let path = imagePath() ?? "/proc/self/exe"
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        return "\(path)-\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)"
    }

    /// The file mapped at this module's address, from /proc/self/maps.
    private static func imagePath() -> String? {
        let address = UInt(bitPattern: #dsohandle)
        guard let maps = try? RuleSet.readFile("/proc/self/maps") else { return nil }
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, let dash = fields[0].firstIndex(of: "-"),
                let low = UInt(fields[0][..<dash], radix: 16), let high = UInt(fields[0][fields[0].index(after: dash)...], radix: 16)
            else { continue }
            if address >= low && address < high { return String(fields[5...].joined(separator: " ")) }
        }
        return nil
    }

    static func load(key: String) -> (matcher: ConceptMatcher, languages: [String])? {
        guard let directory, let source = try? RuleSet.readBytes(directory + "/lexicons-\(key).bin") else { return nil }
        var reader = BinaryReader(source)
        guard reader.string() == formatVersion, let count = reader.int(), count >= 0, count < 1000 else { return nil }
        var languages: [String] = []
        for _ in 0..<count {
            guard let language = reader.string() else { return nil }
            languages.append(language)
        }
        guard let matcher = ConceptMatcher(reading: &reader), reader.isAtEnd else { return nil }
        return (matcher, languages)
    }

    /// Writes the cache atomically (a temporary file renamed into place); failures are ignored.
    static func store(key: String, matcher: ConceptMatcher, languages: [String]) {
        guard let directory else { return }
        var writer = BinaryWriter()
        writer.string(formatVersion)
        writer.int(languages.count)
        for language in languages { writer.string(language) }
        matcher.write(to: &writer)
        makeDirectories(directory)
        let path = directory + "/lexicons-\(key).bin"
        let temporary = path + ".\(getpid()).tmp"
        guard let file = fopen(temporary, "wb") else { return }
        let written = writer.bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file) == 0
        if written == writer.bytes.count && closed {
            rename(temporary, path)
            prune(directory, keeping: 8)
        } else {
            unlink(temporary)
        }
    }

    /// Removes all but the most recent cache files (each lexicon edit makes a new one).
    private static func prune(_ directory: String, keeping count: Int) {
        guard let names = try? RuleSet.listFiles(directory, suffix: ".bin") else { return }
        let dated = names.filter { $0.contains("/lexicons-") }.map { path -> (String, Int) in
            var info = stat()
            return (path, stat(path, &info) == 0 ? Int(info.st_mtim.tv_sec) : 0)
        }
        for (path, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(count) { unlink(path) }
    }

    private static func makeDirectories(_ path: String) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            mkdir(prefix, 0o755)
        }
    }
}
