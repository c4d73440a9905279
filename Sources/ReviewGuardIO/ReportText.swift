/// Text helpers every report format shares: stable ordering of counts and the escaping each format needs.
public enum ReportText {
    /// Largest counts first, then by name, so reports are stable.
    public static func mostFirst(_ a: (key: String, value: Int), _ b: (key: String, value: Int)) -> Bool {
        a.value != b.value ? a.value > b.value : a.key < b.key
    }

    /// A Markdown table cell: one line, pipes escaped.
    public static func markdownCell(_ text: String) -> String {
        text.replacingNewlines().split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    /// A CSV field quoted per RFC 4180 when it needs to be.
    public static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// A CSV row with its CRLF ending.
    public static func csvRow(_ values: [String]) -> String { values.map(csvField).joined(separator: ",") + "\r\n" }

    /// Text escaped for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
