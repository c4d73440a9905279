import ArgumentParser
import ReviewGuardIO

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct ReviewGuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewguard",
        abstract: "Review-compliance checks for e-commerce sellers' messages, in 13 languages.",
        discussion: "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage, input or configuration.",
        subcommands: [CheckCommand.self, ScanCommand.self, TriageCommand.self, DailyCommand.self, SnapshotCommand.self, EvalCommand.self, RulesCommand.self, ExplainCommand.self, NormalizeCommand.self, ConceptsCommand.self]
    )

    /// Runs the command; usage and configuration errors exit with 2 (as documented), findings with 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardError.write(message) }
            Glibc.exit(2)
        }
    }
}
