import ArgumentParser

@main
struct ReviewGuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewguard",
        abstract: "Review-compliance checks for e-commerce sellers' messages, in 13 languages.",
        subcommands: [NormalizeCommand.self]
    )
}
