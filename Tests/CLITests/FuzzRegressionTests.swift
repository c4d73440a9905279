import Foundation
import Testing
import TestSupport

/// Every input that once crashed a fuzz target (fuzz/regressions/TARGET), and every seed, runs through the same
/// target again without a crash or a violated invariant. `scripts/fuzz.sh` runs the fuzzers themselves.
@Test(arguments: ["normalize", "match", "rules", "csv", "jsonl", "lexicon", "snapshot", "triage"])
func fuzzRegressionsAndSeedsReplay(target: String) throws {
    let fuzzer = Executable.binary.deletingLastPathComponent().appendingPathComponent("reviewguard-fuzz")
    for directory in ["fuzz/regressions/\(target)", "fuzz/seeds/\(target)"]
    where FileManager.default.fileExists(atPath: Executable.packageRoot.appendingPathComponent(directory).path) {
        let process = Process()
        process.executableURL = fuzzer
        process.arguments = [target, "--replay", directory]
        process.currentDirectoryURL = Executable.packageRoot
        process.standardOutput = Pipe()
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(target) \(directory): \(message)")
    }
}
