import Foundation

/// Runs the built `reviewguard` binary, as a user would, and captures what it prints and its exit code.
public enum Executable {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The package root (two levels above this file's directory).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary: `.build/debug/reviewguard` (or the release one when that is the only one).
    public static var binary: URL {
        let debug = packageRoot.appendingPathComponent(".build/debug/reviewguard")
        if FileManager.default.isExecutableFile(atPath: debug.path) { return debug }
        return packageRoot.appendingPathComponent(".build/release/reviewguard")
    }

    public static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// A temporary file with the given contents; removed by the caller when done.
    public static func temporaryFile(_ name: String, _ contents: String) throws -> URL {
        let url = try scratchDirectory().appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url
    }

    /// A new, empty directory of its own under the system's temporary directory.
    public static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reviewguard-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
