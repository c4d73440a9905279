import Foundation
import ReviewGuardChecklist
import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardText
import ReviewGuardTriage

/// A fuzz target: takes any bytes, runs one part of ReviewGuard on them and checks its invariants. A violated
/// invariant is a crash (`fatalError`), so the harness and libFuzzer treat it like any other crash.
struct FuzzTarget {
    let name: String
    let run: ([UInt8]) -> Void
}

/// Stops the process when an invariant does not hold, naming it.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant violated: \(message())") }
}

enum FuzzTargets {
    static func all(lexicons: String) throws -> [FuzzTarget] {
        let rules = try RuleSet.load(directory: lexicons)
        let checker = try Checker(rules: rules)
        let normalizer = try TextNormalizer()
        let triager = try ReviewTriager.load(rules: rules, directory: lexicons, profile: "tiktok-vn", asOf: PolicyDate("2026-11-25")!)
        let scratch = NSTemporaryDirectory() + "reviewguard-fuzz-\(getpid())"
        return [
            FuzzTarget(name: "normalize") { bytes in checkNormalized(normalizer.normalize(bytes: bytes)) },
            FuzzTarget(name: "match") { bytes in
                let text = UTF8Repair.decode(bytes).text
                let count = text.utf8.count
                for (_, _, span, _) in checker.concepts(in: text) { require(span.start >= 0 && span.start <= span.end && span.end <= count, "concept span \(span) outside \(count) bytes") }
            },
            FuzzTarget(name: "rules") { bytes in
                let text = UTF8Repair.decode(bytes).text
                let characters = text.count
                for kind in MessageKind.allCases {
                    for finding in checker.check(text, kind: kind, sender: .seller, includeSignals: true) {
                        require(finding.characters.lowerBound >= 0 && finding.characters.upperBound <= characters, "finding \(finding.characters) outside \(characters) characters")
                        let utf8 = Array(text.utf8)
                        require(String(decoding: utf8[finding.span.start..<finding.span.end], as: UTF8.self) == finding.excerpt, "excerpt is not the text at the span")
                    }
                }
            },
            FuzzTarget(name: "csv") { bytes in checkExport(bytes, format: "csv", scratch: scratch) },
            FuzzTarget(name: "jsonl") { bytes in checkExport(bytes, format: "jsonl", scratch: scratch) },
            FuzzTarget(name: "lexicon") { bytes in
                let source = UTF8Repair.decode(bytes).text
                checkConfiguration(source) { try Lexicon.load(path: "fuzz.yml", source: source, knownConcepts: rules.book.concepts) }
                checkConfiguration(source) { try RuleBook.load(path: "fuzz-rules.yml", source: source) }
                checkConfiguration(source) { try PolicyProfile.load(path: "fuzz-profile.yml", source: source, ruleIDs: Set(rules.book.rules.map(\.id))) }
            },
            FuzzTarget(name: "snapshot") { bytes in
                let source = UTF8Repair.decode(bytes).text
                do {
                    let snapshots = try SnapshotLoader.load(path: "fuzz.yml", source: source)
                    let report = DailyReport(snapshots: snapshots, policies: rules.policies, now: 1_764_000_000, fallbackProfile: "default")
                    require(report.stores.count == snapshots.count, "stores lost")
                } catch let error as ConfigurationError {
                    // An error never quotes a value shaped like a token.
                    for word in source.split(whereSeparator: { " \t\n\r\",:'{}[]".contains($0) }) where word.count >= 24 && SecretGuard.looksLikeToken(String(word)) {
                        require(!error.description.contains(word), "an error message quoted a token-like value")
                    }
                } catch {
                    fatalError("unexpected error type: \(error)")
                }
            },
            FuzzTarget(name: "triage") { bytes in
                let text = UTF8Repair.decode(bytes).text
                let parts = text.split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
                let fields = ["rating": parts.first ?? "", "text": parts.count > 1 ? parts[1] : "", "reply": parts.count > 2 ? parts[2] : "",
                              "time": parts.count > 3 ? parts[3] : ""]
                if case .success(let review) = ReviewColumns().review(RawRecord(file: "fuzz", line: 1, fields: fields)) {
                    let item = triager.triage(review)
                    require((1...5).contains(review.rating), "rating out of range")
                    for signal in item.signals { require(signal.start <= signal.end && signal.end <= review.text.count, "signal outside the review") }
                }
            },
        ]
    }

    static func checkNormalized(_ normalized: NormalizedText) {
        let count = normalized.original.utf8.count
        var previous = 0
        for token in normalized.tokens {
            let span = token.span
            require(span.start >= previous && span.start < span.end && span.end <= count, "token span \(span) out of order or outside \(count) bytes")
            let utf8 = normalized.original.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: span.start)
            let end = utf8.index(utf8.startIndex, offsetBy: span.end)
            require(start.samePosition(in: normalized.original) != nil && end.samePosition(in: normalized.original) != nil, "span \(span) is not on a grapheme boundary")
            previous = span.start
            _ = normalized.characterRange(span)
        }
    }

    /// Reads bytes as an export: every record read is scanned or skipped, and the count of records matches
    /// the input's lines (JSON Lines) or is at most its lines (CSV, whose fields may hold newlines).
    static func checkExport(_ bytes: [UInt8], format: String, scratch: String) {
        let path = scratch + "." + format
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { unlink(path) }
        // Lines as the readers count them: LF, CR LF, or a lone CR.
        let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) }.count
        var records = 0
        do {
            try ExportReader(inputFormat: format, maxRecordBytes: 4096).read(path) { raw, _ in
                records += 1
                let record = raw.parsed()
                require(record.line >= 1 && record.line <= lines + 1, "record line \(record.line) outside \(lines) lines")
                _ = ColumnMapping().record(record)
                _ = ReviewColumns().review(record)
            }
        } catch let error as ScanError {
            _ = error.description
        } catch {
            fatalError("unexpected error type: \(error)")
        }
        require(records <= lines, "\(records) records from \(lines) lines")
    }

    /// A configuration loader either loads or throws a positioned error whose line exists.
    static func checkConfiguration(_ source: String, _ load: () throws -> Any) {
        do {
            _ = try load()
        } catch let error as ConfigurationError {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
            require(error.line >= 0 && error.line <= lines + 1, "error line \(error.line) outside \(lines) lines")
        } catch {
            fatalError("unexpected error type: \(error)")
        }
    }
}
