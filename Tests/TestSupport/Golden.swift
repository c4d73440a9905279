import Foundation

/// Stored expected outputs: a test compares what a command printed with a file under `Tests/Fixtures`, and
/// `RECORD_GOLDEN=1 swift test --filter golden` rewrites the files on purpose.
public enum Golden {
    /// Nil when the output matches (or was just recorded); else what to tell the developer.
    public static func mismatch(_ output: String, file relativePath: String) throws -> String? {
        let url = Executable.packageRoot.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            return nil
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        return output == expected ? nil : "output differs from \(relativePath); RECORD_GOLDEN=1 to accept"
    }
}
