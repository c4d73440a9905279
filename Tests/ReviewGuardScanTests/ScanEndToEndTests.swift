import Foundation
import Testing
import TestSupport

/// End-to-end tests of `reviewguard scan` on fixture exports: findings, summary counts, exit codes, and golden
/// outputs for every format (`RECORD_GOLDEN=1 swift test --filter golden` rewrites them on purpose).
@Suite struct ScanEndToEndTests {
    static let fixtures = ["Tests/Fixtures/scan/quirks.csv", "Tests/Fixtures/scan/chats.jsonl", "Tests/Fixtures/scan/more.jsonl"]

    static func findings(_ result: Executable.Result) throws -> [[String: Any]] {
        try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func summaryReconcilesAndNamesEverySkippedRecord() throws {
        let result = try Executable.run(["scan", "--format", "json"] + Self.fixtures)
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        let read = try #require(summary["recordsRead"] as? Int)
        let scanned = try #require(summary["recordsScanned"] as? Int)
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(read == 15)
        #expect(read == scanned + skipped.count)
        #expect(skipped.map { "\($0["file"]!):\($0["line"]!)" } == [
            "Tests/Fixtures/scan/quirks.csv:6", "Tests/Fixtures/scan/quirks.csv:7", "Tests/Fixtures/scan/quirks.csv:8",
            "Tests/Fixtures/scan/chats.jsonl:5",
        ])
        #expect(summary["buyerMessages"] as? Int == 2)
        #expect(summary["recordsWithInvalidUTF8"] as? Int == 1)
    }

    @Test func csvQuirksAreRead() throws {
        let result = try Executable.run(["scan", "--format", "jsonl", "Tests/Fixtures/scan/quirks.csv"])
        let found = try Self.findings(result)
        let compensation = try #require(found.first { $0["rule"] as? String == "review-edit-compensation" })
        #expect(compensation["record"] as? String == "q2")
        #expect(compensation["line"] as? Int == 3)  // the quoted newline is inside record q2
        #expect(compensation["time"] as? String == "2025-11-20T03:05:00Z")
        #expect(!found.contains { $0["record"] as? String == "q3" }, "a negated mention of WhatsApp is not a finding")
        #expect(!found.contains { $0["sender"] as? String == "buyer" })
    }

    @Test func repeatedReviewRequestsAcrossFilesAndUnsortedRows() throws {
        let result = try Executable.run(["scan", "--format", "jsonl"] + Self.fixtures)
        let repeated = try Self.findings(result).filter { $0["rule"] as? String == "repeated-review-request" }
        // Order 9001: first request in more.jsonl (Nov 20), then j3 (Nov 21) and j1 (Nov 22) in chats.jsonl.
        #expect(repeated.map { $0["record"] as? String } == ["j1", "j3", "q8"])
        #expect((repeated.first?["message"] as? String)?.contains("more.jsonl:1") == true)
    }

    @Test func resultsAreIdenticalWhateverTheJobs() throws {
        let one = try Executable.run(["scan", "--jobs", "1", "--format", "jsonl"] + Self.fixtures)
        let three = try Executable.run(["scan", "--jobs", "3", "--format", "jsonl"] + Self.fixtures)
        #expect(one.stdout == three.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test func gzipAndStandardInput() throws {
        let plain = try Executable.run(["scan", "--format", "jsonl", "Tests/Fixtures/scan/chats.jsonl"])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rg-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let compressed = directory.appendingPathComponent("chats.jsonl.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c Tests/Fixtures/scan/chats.jsonl > '\(compressed.path)'"]
        gzip.currentDirectoryURL = Executable.packageRoot
        try gzip.run()
        gzip.waitUntilExit()
        let fromGzip = try Executable.run(["scan", "--format", "jsonl", compressed.path])
        let strip = { (text: String) in text.replacingOccurrences(of: compressed.path, with: "F").replacingOccurrences(of: "Tests/Fixtures/scan/chats.jsonl", with: "F") }
        #expect(strip(fromGzip.stdout) == strip(plain.stdout))
        let fromStdin = try Executable.run(["scan", "--format", "jsonl"], stdin: try String(contentsOfFile: Executable.packageRoot.appendingPathComponent("Tests/Fixtures/scan/chats.jsonl").path, encoding: .utf8))
        #expect(fromStdin.stdout.replacingOccurrences(of: "\"file\":\"-\"", with: "").count > 0)
        #expect(try Self.findings(fromStdin).count == (try Self.findings(plain)).count)

        // A truncated gzip file is an error naming the file, not a silent partial read.
        let bytes = try Data(contentsOf: compressed)
        let truncated = directory.appendingPathComponent("cut.jsonl.gz")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        let broken = try Executable.run(["scan", "--format", "jsonl", truncated.path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(truncated.path))
    }

    @Test func strictStopsAtTheFirstBadRecord() throws {
        let result = try Executable.run(["scan", "--strict", "--format", "jsonl", "Tests/Fixtures/scan/quirks.csv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("quirks.csv:6"))
    }

    @Test func exitCodes() throws {
        let clean = try Executable.temporaryFile("clean.jsonl", "{\"text\":\"Your parcel is on its way!\",\"sender\":\"seller\"}\n")
        #expect(try Executable.run(["scan", clean.path]).status == 0)
        #expect(try Executable.run(["scan", "/no/such/file.jsonl"]).status == 2)
        #expect(try Executable.run(["scan", "--format", "xml", clean.path]).status == 2)
    }

    @Test func outputIsWrittenAtomically() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("rg-out-\(UUID().uuidString).json")
        let result = try Executable.run(["scan", "--format", "json", "--output", target.path] + Self.fixtures)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.contains("\"recordsRead\": 15"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func columnsCanBeMapped() throws {
        let file = try Executable.temporaryFile("custom.csv", "ref,msg_body,who\nz1,Leave 5 stars and get RM5 cashback,seller\n")
        let unmapped = try Executable.run(["scan", "--format", "json", file.path])
        #expect(unmapped.stdout.contains("\"findings\": 0"))
        let mapped = try Executable.run(["scan", "--format", "jsonl", "--column", "text=msg_body", "--column", "id=ref", "--column", "sender=who", file.path])
        #expect(mapped.status == 1)
        #expect(try Self.findings(mapped).first?["record"] as? String == "z1")
    }

    @Test func aTenMegabyteMessage() throws {
        let text = String(repeating: "Your order is on its way and will arrive soon. ", count: 220_000) + "Add me on WhatsApp 0812-3456-7890"
        let file = try Executable.temporaryFile("big.jsonl", "{\"id\":\"big\",\"sender\":\"seller\",\"text\":\"\(text)\"}\n")
        let result = try Executable.run(["scan", "--format", "jsonl", file.path])
        #expect(result.status == 1)
        let finding = try #require(try Self.findings(result).first)
        #expect(finding["rule"] as? String == "off-platform-contact")
        #expect((finding["start"] as? Int ?? 0) > 10_000_000)
    }

    @Test(arguments: ["text", "jsonl", "json", "csv", "sarif", "markdown"])
    func golden(format: String) throws {
        let result = try Executable.run(["scan", "--jobs", "2", "--format", format] + Self.fixtures, environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        let extensions = ["text": "txt", "jsonl": "jsonl", "json": "json", "csv": "csv", "sarif": "sarif.json", "markdown": "md"]
        let mismatch = try Golden.mismatch(result.stdout, file: "Tests/Fixtures/scan/golden/report.\(extensions[format]!)")
        #expect(mismatch == nil, "\(format): \(mismatch ?? "")")
    }
}
