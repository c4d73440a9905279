import Foundation
import Testing
import TestSupport

/// `reviewguard daily` and `triage` end to end: the sample report in every format against golden files, the
/// HTML page rendered by a headless browser, exit codes and reconciled counts.
@Suite struct DailyCommandTests {
    static let extensions = ["text": "txt", "json": "json", "markdown": "md", "html": "html"]

    @Test(arguments: ["text", "json", "markdown", "html"])
    func goldenDailyReport(format: String) throws {
        let result = try Executable.run(["daily", "--sample", "--format", format], environment: ["NO_COLOR": "1"])
        #expect(result.status == 1, "the sample has critical stores: \(result.stderr)")
        let mismatch = try Golden.mismatch(result.stdout, file: "Tests/Fixtures/daily/golden/report.\(Self.extensions[format]!)")
        #expect(mismatch == nil, "\(format): \(mismatch ?? "")")
    }

    @Test(arguments: ["text", "jsonl", "csv", "markdown", "html"])
    func goldenTriage(format: String) throws {
        let result = try Executable.run(["triage", "--as-of", "2026-11-25", "--format", format, "samples/daily/reviews.csv"], environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let name = ["text": "txt", "jsonl": "jsonl", "csv": "csv", "markdown": "md", "html": "html"][format]!
        let mismatch = try Golden.mismatch(result.stdout, file: "Tests/Fixtures/daily/golden/triage.\(name)")
        #expect(mismatch == nil, "\(format): \(mismatch ?? "")")
    }

    @Test func theSampleReportNamesTheRulesInForce() throws {
        let result = try Executable.run(["daily", "--sample", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stores = try #require(report["stores"] as? [[String: Any]])
        #expect(stores.count == 5)
        #expect((stores.first?["status"] as? String) == "critical")
        let items = stores.flatMap { $0["items"] as? [[String: Any]] ?? [] }
        let thresholds = items.flatMap { $0["thresholds"] as? [[String: Any]] ?? [] }
        #expect(thresholds.contains { ($0["name"] as? String) == "inactivity_days" && ($0["since"] as? String) != nil && ($0["source"] as? String) != nil })
        let triage = try #require(report["triage"] as? [String: Any])
        let summary = try #require(triage["summary"] as? [String: Any])
        let read = summary["reviewsRead"] as? Int ?? -1
        #expect(read == (summary["triaged"] as? Int ?? 0) + (summary["noAction"] as? Int ?? 0) + (summary["skipped"] as? Int ?? 0))
    }

    @Test func exitCodes() throws {
        let healthy = try Executable.temporaryFile("ok.yml", """
            schema: reviewguard-snapshot/1
            store: fine
            platform: tiktok
            market: US
            status: {last_valid_operation: 2026-11-24T10:00:00Z}
            """)
        #expect(try Executable.run(["daily", "--snapshots", healthy.path, "--now", "2026-11-25T09:00:00Z"]).status == 0)
        #expect(try Executable.run(["daily", "--snapshots", healthy.path, "--now", "2026-12-30T09:00:00Z"]).status == 1)
        let bad = try Executable.temporaryFile("bad.yml", "schema: reviewguard-snapshot/1\nstore: x\nstatus: {last_login: yesterday}\n")
        let result = try Executable.run(["daily", "--snapshots", bad.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yml:3:"))
        #expect(try Executable.run(["daily"]).status == 2)
    }

    @Test func snapshotTemplateValidates() throws {
        let template = try Executable.run(["snapshot", "template"])
        #expect(template.status == 0)
        let file = try Executable.temporaryFile("template.yml", template.stdout)
        let validated = try Executable.run(["snapshot", "validate", file.path])
        #expect(validated.status == 0 && validated.stdout.contains("1 snapshot(s) valid"))
    }

    /// Opens the HTML report in Debian's headless Chromium (installed by .ci/run): it must render the stores
    /// table and the triage list. Runs wherever Chromium is installed, and always in CI.
    @Test(.enabled(if: Chromium.path != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func htmlRendersInAHeadlessBrowser() throws {
        let browser = try #require(Chromium.path, "chromium is not installed")
        let directory = try Executable.scratchDirectory()
        let page = directory.appendingPathComponent("report.html")
        #expect(try Executable.run(["daily", "--sample", "--format", "html", "--output", page.path]).status == 1)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        let screenshot = directory.appendingPathComponent("phone.png")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(directory.path)/profile", "--window-size=390,844",
                             "--screenshot=\(screenshot.path)", "--dump-dom", page.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(dom.contains("<table") && dom.contains("HappyHome Thailand") && dom.contains("Review triage") && dom.contains("class=\"critical\""))
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "the screenshot is \(size) bytes")
    }
}

/// Where Debian's Chromium is, if it is installed.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// A runaway lexicon (a generated file of a million terms) is refused at once with the limit and how to raise it.
@Test func aHugeLexiconIsRefusedAtOnce() throws {
    var text = "language: en\nconcepts:\n  review:\n"
    text.reserveCapacity(10 << 20)
    var random = SeededRandom(seed: 7)
    while text.utf8.count < 9 << 20 { text += "    - w\(random.next() % 1_000_000_000) x\(random.next() % 1000)\n" }
    let file = try Executable.temporaryFile("huge.yml", text)
    let result = try Executable.run(["check", "--extra", file.path, "hello"], environment: ["REVIEWGUARD_CACHE": "off"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("over the 8 MB limit") && result.stderr.contains("REVIEWGUARD_MAX_LEXICON_MB"))
}

/// Profiles that extend each other in a cycle stop the run with the chain named, instead of looping.
@Test func cyclicProfilesAreRefused() throws {
    let manager = FileManager.default
    let scratch = try Executable.scratchDirectory()
    defer { try? manager.removeItem(at: scratch) }
    let directory = scratch.appendingPathComponent("lexicons")
    try manager.copyItem(at: Executable.packageRoot.appendingPathComponent("lexicons"), to: directory)
    try "id: loop-a\ntitle: A\nextends: loop-b\n".write(to: directory.appendingPathComponent("policies/loop-a.yml"), atomically: true, encoding: .utf8)
    try "id: loop-b\ntitle: B\nextends: loop-a\n".write(to: directory.appendingPathComponent("policies/loop-b.yml"), atomically: true, encoding: .utf8)
    let result = try Executable.run(["check", "--lexicons", directory.path, "hello"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cycle"))
}
