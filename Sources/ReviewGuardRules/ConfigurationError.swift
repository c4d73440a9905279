/// A lexicon, rule or profile file that cannot be used: where, what, and the offending line quoted.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let column: Int
    public let message: String
    public let quotedLine: String

    public init(path: String, line: Int, column: Int, message: String, source: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        quotedLine = line >= 1 && line <= lines.count ? String(lines[line - 1]) : ""
    }

    public var description: String {
        var text = "\(path):\(line):\(column): error: \(message)"
        if !quotedLine.isEmpty {
            text += "\n    \(quotedLine)\n    " + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return text
    }
}
