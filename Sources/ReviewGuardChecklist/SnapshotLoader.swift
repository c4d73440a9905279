import ReviewGuardRules
import ReviewGuardScan
import Yams

/// Reads store snapshots (JSON or YAML; one store, a list of stores, or `stores:` in one file; a directory of such
/// files) with errors that point at `path:line:col`. Unknown fields are errors (a misspelt field would otherwise
/// read as "unknown"); fields that look like secrets are never read, and error messages never quote them.
public enum SnapshotLoader {
    public static let schema = "reviewguard-snapshot/1"
    /// The fields of each part of a snapshot, by the name of its definition in the JSON Schema.
    public static var schemaFields: [String: [String]] { SnapshotReader.schemaFields }

    /// Loads every snapshot of the files and directories given.
    public static func load(paths: [String]) throws -> [StoreSnapshot] {
        var snapshots: [StoreSnapshot] = []
        for path in paths {
            let files = RuleSet.isDirectory(path)
                ? try RuleSet.listYAML(path) + RuleSet.listFiles(path, suffix: ".json")
                : [path]
            for file in files.sorted() { snapshots += try load(path: file, source: RuleSet.readFile(file)) }
        }
        var seen: [String: String] = [:]
        for snapshot in snapshots {
            if let earlier = seen[snapshot.store] {
                throw ConfigurationError(path: snapshot.file, line: 1, column: 1, message: "store '\(snapshot.store)' also has a snapshot in \(earlier); one snapshot per store per run", source: "")
            }
            seen[snapshot.store] = snapshot.file
        }
        return snapshots
    }

    public static func load(path: String, source: String) throws(ConfigurationError) -> [StoreSnapshot] {
        let masked = maskedSource(source)
        do {
            let document = try YAMLDocument(path: path, source: source)
            var reader = SnapshotReader(document: document)
            return try reader.snapshots()
        } catch {
            // Re-quote the offending line from the masked text: an error near a secret must not print it.
            throw ConfigurationError(path: error.path, line: error.line, column: error.column, message: maskedTokens(error.message), source: masked)
        }
    }

    /// A message with every token-shaped word replaced: messages quote values ("unsupported schema '...'").
    static func maskedTokens(_ message: String) -> String {
        var result = ""
        var word = ""
        func flush() {
            result += SecretGuard.looksLikeToken(word) ? "•••" : word
            word = ""
        }
        for character in message {
            if " \t\n\r\",:'{}[]".contains(character) {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }

    /// The source with the values of secret-looking fields and token-like strings replaced, for error messages.
    static func maskedSource(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let text = String(line)
            let key = text.split(separator: ":", maxSplits: 1).first.map { $0.trimmingCharacters(in: " \t\"'{,-") } ?? ""
            if SecretGuard.isSecretKey(key) || text.split(whereSeparator: { " \t\",:'{}[]".contains($0) }).contains(where: { SecretGuard.looksLikeToken(String($0)) }) {
                return String(text.prefix { $0 == " " }) + "••• (masked: looks like a secret)"
            }
            return text
        }.joined(separator: "\n")
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
