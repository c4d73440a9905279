/// Reads export files record by record: CSV or JSON Lines, gzip-compressed or not, `-` for standard input. The
/// format comes from the option, else the file name, else the first byte. Used by the scan and by the review
/// triage, so every export command reads files the same way.
public struct ExportReader: Sendable {
    /// `jsonl` or `csv` when the file name does not say; nil: guess from the name or the first byte.
    public var inputFormat: String?
    public var delimiter: UInt8?
    /// The largest record (a JSON line, a CSV field) held in memory; a longer one is skipped with its reason.
    public var maxRecordBytes: Int

    public static let defaultMaxRecordBytes = 16 << 20

    public init(inputFormat: String? = nil, delimiter: UInt8? = nil, maxRecordBytes: Int = ExportReader.defaultMaxRecordBytes) {
        self.inputFormat = inputFormat
        self.delimiter = delimiter
        self.maxRecordBytes = maxRecordBytes
    }

    /// Reads one file and returns the bytes it held (after decompression). `body` receives every record, with
    /// the bytes read so far (for progress). JSON lines reach `body` unparsed: call `RawRecord.parsed()`.
    @discardableResult
    public func read(_ path: String, _ body: (RawRecord, Int) throws -> Void) throws -> Int {
        let stream = try ByteStream(path: path)
        let handle: (RawRecord) throws -> Void = { try body($0, stream.bytesRead) }
        switch try format(of: path, stream: stream) {
        case "csv":
            let delimiter = delimiter ?? (path.lowercased().contains(".tsv") ? 0x09 : nil)
            try CSVStreamReader(stream: stream, delimiter: delimiter, maxRecordBytes: maxRecordBytes).read(handle)
        default: try JSONLinesReader(stream: stream, maxRecordBytes: maxRecordBytes).read(handle)
        }
        return stream.bytesRead
    }

    private func format(of path: String, stream: ByteStream) throws -> String {
        if let inputFormat { return inputFormat }
        let name = path.lowercased().replacingSuffix(".gz")
        if name.hasSuffix(".csv") || name.hasSuffix(".tsv") { return "csv" }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") || name.hasSuffix(".json") { return "jsonl" }
        let first = try stream.peek().first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == UInt8(ascii: "{") ? "jsonl" : "csv"
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
