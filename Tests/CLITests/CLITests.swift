import Foundation
import Testing
import TestSupport

@Suite struct CheckCommandTests {
    @Test func aViolationExitsWithOneAndNamesTheRule() throws {
        let result = try Executable.run(["check", "Leave a 5-star review and get a $10 refund!"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("review-incentive"))
        #expect(result.stdout.contains("suggestion:"))
    }

    @Test func aCleanTextExitsWithZero() throws {
        let result = try Executable.run(["check", "Thanks for your order! If anything is wrong, reply here and we will fix it."])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 finding(s)"))
    }

    @Test func jsonGivesCharacterOffsetsIntoTheInput() throws {
        let text = "👩🏽‍💻 Give us 5⭐ and get c@shb@ck!"
        let result = try Executable.run(["check", "--format", "json", text])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let finding = try #require((document["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "review-incentive")
        #expect(finding["obfuscated"] as? Bool == true)
        let start = try #require(finding["start"] as? Int)
        let end = try #require(finding["end"] as? Int)
        let characters = Array(text)
        #expect(String(characters[start..<end]) == finding["excerpt"] as? String)
        #expect(finding["suggestion"] is String)
        #expect((finding["policy"] as? [[String: Any]])?.first?["source"] is String)
    }

    @Test func readsStandardInput() throws {
        let result = try Executable.run(["check", "--format", "json"], stdin: "Add me on WhatsApp 0812-3456-7890")
        #expect(result.status == 1)
        #expect(result.stdout.contains("off-platform-contact"))
    }

    @Test func buyerMessagesAreNotFindings() throws {
        let result = try Executable.run(["check", "--sender", "buyer", "Refund me or I leave 1 star"])
        #expect(result.status == 0)
    }

    @Test func failOnWarningCountsWarnings() throws {
        let text = "Could you cancel the order from your side?"
        #expect(try Executable.run(["check", text]).status == 0)
        #expect(try Executable.run(["check", "--fail-on", "warning", text]).status == 1)
    }

    @Test func badUsageExitsWithTwo() throws {
        let result = try Executable.run(["check", "--fail-on", "sometimes", "hello"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--fail-on"))
    }

    @Test func templatesFileWithABadRecordNamesFileAndLine() throws {
        let file = try Executable.temporaryFile("templates.csv", "name,text\nok,\"Thanks, {buyer_name}!\"\nbroken\nnudge,Leave 5 stars and get RM5 cashback\n")
        let result = try Executable.run(["check", "--file", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):3"))
        #expect(result.stdout.contains("nudge"))
    }

    @Test func placeholdersAreNotText() throws {
        let result = try Executable.run(["check", "--format", "json", "Hi {buyer_name}, your order {{order_id}} has shipped."])
        #expect(result.status == 0)
    }
}

@Suite struct ConfigurationErrorTests {
    @Test func aBadLexiconStopsWithPathLineColumnAndTheLine() throws {
        let lexicon = try Executable.temporaryFile("xx.yml", "language: xx\nconcepts:\n  incentive:\n    - zorgbuck\n  bribery:\n    - bribe\n")
        let result = try Executable.run(["check", "--extra", lexicon.path, "hello"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(lexicon.path):5:3"))
        #expect(result.stderr.contains("unknown concept 'bribery'"))
        #expect(result.stderr.contains("  bribery:"))
    }

    @Test func invalidYAMLIsPositioned() throws {
        let lexicon = try Executable.temporaryFile("yy.yml", "language: yy\nconcepts:\n  incentive: [a, b\n")
        let result = try Executable.run(["check", "--extra", lexicon.path, "hello"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(lexicon.path + ":"))
        #expect(result.stderr.contains("invalid YAML"))
    }

    @Test func usersAddTermsWithoutRebuilding() throws {
        let lexicon = try Executable.temporaryFile("zz.yml", "language: zz\nconcepts:\n  incentive:\n    - zorgbuck*\n")
        let text = "Leave a 5-star review and receive zorgbucks"
        #expect(try Executable.run(["check", "--format", "json", text]).stdout.contains("review-incentive") == false)
        let result = try Executable.run(["check", "--format", "json", "--extra", lexicon.path, text])
        #expect(result.status == 1)
        #expect(result.stdout.contains("zorgbucks"))
    }
}

@Suite struct OtherCommandTests {
    @Test func rulesShowsTheVersionInForce() throws {
        let before = try Executable.run(["rules", "--platform", "tiktok", "--market", "ID", "--as-of", "2025-01-01"])
        let after = try Executable.run(["rules", "--platform", "tiktok", "--market", "ID", "--as-of", "2025-07-01"])
        #expect(before.status == 0 && after.status == 0)
        let line = { (output: String) in output.split(separator: "\n").first { $0.hasPrefix("review-edit-request ") }.map(String.init) ?? "" }
        #expect(line(before.stdout).contains("error"))
        #expect(line(after.stdout).contains("info"))
        #expect(after.stdout.contains("tokopedia.com"))
    }

    @Test func anUnknownPlatformIsAnError() throws {
        let result = try Executable.run(["rules", "--platform", "ebay"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("known: amazon, lazada, shopee, tiktok"))
    }

    @Test func explainPrintsRationaleAndExamples() throws {
        let result = try Executable.run(["explain", "review-edit-request"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Flags:"))
        #expect(result.stdout.contains("Does not flag:"))
        #expect(try Executable.run(["explain", "no-such-rule"]).status == 2)
    }

    @Test func normalizeJSONHasSpansInTheOriginal() throws {
        let result = try Executable.run(["normalize", "--format", "json", "ｒｅｖｉｅｗ c@sh"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tokens = try #require(document["tokens"] as? [[String: Any]])
        #expect(tokens.map { $0["text"] as? String } == ["review", "cash"])
        #expect(tokens[0]["original"] as? String == "ｒｅｖｉｅｗ")
        #expect(tokens[1]["start"] as? Int == 7)
        #expect((tokens[1]["transforms"] as? [String]) == ["leet"])
    }

    @Test func normalizeReportsInvalidUTF8() throws {
        let process = Process()
        process.executableURL = Executable.binary
        process.arguments = ["normalize"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data([0x72, 0x65, 0xFF, 0x76]))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("1 invalid UTF-8"))
    }

    @Test func theReadmeMainCommandRuns() throws {
        let result = try Executable.run(["check", "--file", "samples/templates.csv"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("10 text(s) checked"))
    }
}
