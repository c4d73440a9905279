import Foundation
import Testing
import TestSupport

/// Inputs written to break readers: each gets a clear reason on its own record and the rest of the file is read.
@Suite struct HostileInputTests {
    static func summary(_ arguments: [String], _ name: String, _ contents: Data) throws -> (summary: [String: Any], status: Int32) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rg-hostile-\(getpid())-\(name)")
        try contents.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try Executable.run(["scan", "--format", "json"] + arguments + [url.path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        return (try #require(document["summary"] as? [String: Any]), result.status)
    }

    static func reasons(_ summary: [String: Any]) -> [Int: String] {
        Dictionary(uniqueKeysWithValues: (summary["skipped"] as? [[String: Any]] ?? []).map { ($0["line"] as! Int, $0["reason"] as! String) })
    }

    @Test func aLineOverTheLimitIsSkippedWithoutHoldingIt() throws {
        var data = Data("{\"text\":\"hello\"}\n{\"text\":\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 3 << 20))
        data.append(Data("\"}\n{\"text\":\"leave 5 stars for a refund\"}\n".utf8))
        let (summary, status) = try Self.summary(["--max-record-mb", "1"], "long.jsonl", data)
        #expect(status == 1)
        #expect(summary["recordsRead"] as? Int == 3 && summary["recordsScanned"] as? Int == 2)
        #expect(Self.reasons(summary)[2]?.contains("longer than 1048576 bytes") == true)
    }

    @Test func deepNestingNULsAndBrokenText() throws {
        var data = Data((String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n").utf8)
        data.append(Data("{\"text\":\"a\u{0}b refund for 5 stars\"}\n".utf8))
        data.append(Data([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0xFF, 0x22, 0x7D, 0x0A]))  // {"text":"<surrogate><FF>"}
        data.append(Data("{\"text\":\"\\ud800 lone escaped surrogate\"}\n{\"text\": \n".utf8))
        let (summary, _) = try Self.summary([], "nested.jsonl", data)
        #expect(summary["recordsRead"] as? Int == 5)
        let reasons = Self.reasons(summary)
        #expect(reasons[1]?.contains("nested deeper") == true)
        #expect(reasons[5] == "not a JSON object")
        #expect((summary["recordsScanned"] as? Int ?? 0) + reasons.count == 5)
        #expect(summary["recordsWithInvalidUTF8"] as? Int ?? 0 >= 1)
    }

    @Test func aCSVFieldOverTheLimit() throws {
        var data = Data("id,text\n1,hello\n2,\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "y"), count: 2 << 20))
        data.append(Data("\"\n3,leave 5 stars for a refund\n".utf8))
        let (summary, _) = try Self.summary(["--max-record-mb", "1"], "wide.csv", data)
        #expect(summary["recordsRead"] as? Int == 3)
        #expect(Self.reasons(summary)[3]?.contains("field longer than") == true)
    }

    /// A 100 MB single line under the default 16 MB limit: skipped with its reason, the next line still read.
    @Test func aHundredMegabyteLine() throws {
        var data = Data("{\"text\":\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "z"), count: 100 << 20))
        data.append(Data("\"}\n{\"text\":\"leave 5 stars for a refund\"}\n".utf8))
        let (summary, status) = try Self.summary([], "huge-line.jsonl", data)
        #expect(status == 1)
        #expect(summary["recordsRead"] as? Int == 2 && summary["recordsScanned"] as? Int == 1)
        #expect(Self.reasons(summary)[1]?.contains("longer than 16777216 bytes") == true)
    }

    @Test func aMillionEmojiMessage() throws {
        let text = String(repeating: "👍🏽", count: 1_000_000 / 2) + String(repeating: "e\u{301}\u{302}", count: 200_000)
        let json = try JSONSerialization.data(withJSONObject: ["text": text])
        let (summary, _) = try Self.summary([], "emoji.jsonl", json + Data("\n".utf8))
        #expect(summary["recordsScanned"] as? Int == 1)
    }
}

/// A gzip bomb (64 MB of one unbroken line in 64 KB) is streamed: its one record is skipped for its size, in
/// bounded memory, and the line after it is still read.
@Test func aGzipBombIsStreamed() throws {
    let directory = try Executable.scratchDirectory()
    let plain = directory.appendingPathComponent("bomb.jsonl")
    var data = Data("{\"text\":\"".utf8)
    data.append(Data(repeating: UInt8(ascii: "a"), count: 64 << 20))
    data.append(Data("\"}\n{\"text\":\"leave 5 stars for a refund\"}\n".utf8))
    try data.write(to: plain)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gzip.arguments = ["-f", plain.path]
    try gzip.run()
    gzip.waitUntilExit()
    let result = try Executable.run(["scan", "--format", "json", "--max-record-mb", "1", plain.path + ".gz"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(summary["recordsRead"] as? Int == 2 && summary["recordsScanned"] as? Int == 1)
    try? FileManager.default.removeItem(at: directory)
}

/// A quote opened and never closed would swallow the rest of the file: the scan stops and names the line.
@Test func anUnterminatedQuoteNamesItsLine() throws {
    let file = try Executable.temporaryFile("open-quote.csv", "id,text\n1,hello\n2,\"this never ends\n3,more\n" + String(repeating: "x,y\n", count: 1000))
    let result = try Executable.run(["scan", file.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("open-quote.csv:3") && result.stderr.contains("never closed"))
}

/// Ctrl-C in the middle of a scan writing --output: exit 130, and neither the report nor a partial file is left.
@Test func interruptedScanLeavesNoPartialOutput() throws {
    let manager = FileManager.default
    let directory = try Executable.scratchDirectory()
    defer { try? manager.removeItem(at: directory) }
    let line = "{\"text\":\"Leave us 5 stars and we refund you, add me on WhatsApp 0812-3456-7890\"}\n"
    let input = directory.appendingPathComponent("big.jsonl")
    try Data(String(repeating: line, count: 100_000).utf8).write(to: input)
    let output = directory.appendingPathComponent("report.jsonl")
    let process = Process()
    process.executableURL = Executable.binary
    process.arguments = ["scan", "--jobs", "2", "--format", "jsonl", "--output", output.path, input.path]
    process.standardOutput = Pipe()
    process.standardError = Pipe()
    try process.run()
    // Interrupt once the report is being written (its temporary file exists), then a little later.
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, ((try? manager.contentsOfDirectory(atPath: directory.path)) ?? []).count < 2 { Thread.sleep(forTimeInterval: 0.05) }
    Thread.sleep(forTimeInterval: 0.5)
    #expect(process.isRunning, "the scan finished before it could be interrupted; make the input larger")
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let left = try manager.contentsOfDirectory(atPath: directory.path).filter { $0 != "big.jsonl" }
    #expect(left.isEmpty, "left behind: \(left)")
}
