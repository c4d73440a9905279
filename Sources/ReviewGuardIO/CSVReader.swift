/// RFC 4180 CSV with the quirks of real exports: a UTF-8 BOM, CRLF or LF, quoted fields with doubled quotes and
/// newlines, and a delimiter (comma, semicolon or tab) detected from the header line.
public struct CSVReader {
    /// A parsed row and the line it starts on (1-based), for messages.
    public struct Row {
        public var fields: [String]
        public var line: Int
    }

    public let delimiter: UInt8

    public init(delimiter: UInt8? = nil, sample: ArraySlice<UInt8>) {
        self.delimiter = delimiter ?? CSVRowParser.detectDelimiter(sample)
    }

    /// All rows of a whole file. A quote left open at the end of the file is an error naming its line.
    public func rows(_ bytes: [UInt8], path: String) throws -> [Row] {
        var parser = CSVRowParser()
        parser.delimiter = delimiter
        var rows: [Row] = []
        let emit: (CSVRowParser.Row) -> Void = { row in
            rows.append(Row(fields: row.fields.map { String(decoding: $0, as: UTF8.self) }, line: row.line))
        }
        try parser.feed(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...], emit)
        if let line = parser.openQuoteLine {
            throw RecordError(path: path, line: line, reason: "a quoted field opened here is never closed")
        }
        try parser.finish(emit)
        return rows
    }
}

/// A record that cannot be used, with its file and line.
public struct RecordError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int
    public var reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path):\(line): \(reason)" }
}
