import ArgumentParser
import ReviewGuardChecklist
import ReviewGuardIO

/// `reviewguard snapshot`: the store snapshot format.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "The store snapshot format: print an annotated template, or validate snapshot files.",
        subcommands: [Template.self, Validate.self]
    )

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print an annotated example snapshot (YAML).")

        func run() { print(SnapshotTemplate.yaml, terminator: "") }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check snapshot files or directories; errors name path:line:col. Exit 0 valid, 2 invalid.")

        @Argument(help: "Snapshot files (JSON or YAML) or directories of them.")
        var paths: [String]

        func run() throws {
            let snapshots = try SnapshotLoader.load(paths: paths)
            for snapshot in snapshots {
                let secrets = snapshot.secrets.map { " — WARNING: secret-looking field '\($0.key)' at line \($0.line) was not read" }.joined()
                print("\(snapshot.file): \(snapshot.store) (\(snapshot.platform ?? "no platform") \(snapshot.market ?? ""))\(secrets)")
            }
            print("\(snapshots.count) snapshot(s) valid")
        }
    }
}
