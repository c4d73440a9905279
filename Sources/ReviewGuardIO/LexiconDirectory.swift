import Foundation

/// Finds the bundled `lexicons/` directory: `$REVIEWGUARD_LEXICONS`, then `./lexicons`, then the nearest
/// `lexicons/` above the executable (so a built binary works from any directory of the checkout).
public enum LexiconDirectory {
    public static func locate() -> String? {
        let manager = FileManager.default
        if let configured = ProcessInfo.processInfo.environment["REVIEWGUARD_LEXICONS"], !configured.isEmpty {
            return configured
        }
        if manager.fileExists(atPath: "lexicons/rules.yml") { return "lexicons" }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable = try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        }
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("lexicons")
            if manager.fileExists(atPath: candidate.appendingPathComponent("rules.yml").path) { return candidate.path }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}
