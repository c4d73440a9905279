import ReviewGuardIO
import ReviewGuardText

/// CSV streamed row by row, with what real exports do: a BOM, CRLF or LF, quoted fields with doubled quotes and
/// newlines, and the delimiter (comma, semicolon or tab) detected from the header. The first row is the header.
struct CSVStreamReader {
    let stream: ByteStream
    let delimiter: UInt8?
    let maxRecordBytes: Int

    func read(_ body: (RawRecord) throws -> Void) throws {
        var header: [String]?
        var parser = CSVRowParser()
        parser.maxFieldBytes = maxRecordBytes
        var separator = delimiter
        var first = true
        let emit: (CSVRowParser.Row) throws -> Void = { row in
            guard let names = header else {
                header = row.fields.map { decodeUTF8($0[...]).text.trimmedOfWhitespace.lowercased() }
                return
            }
            var record = RawRecord(file: stream.path, line: row.line, fields: [:])
            if row.oversized {
                record.problem = "a field longer than \(maxRecordBytes) bytes (raise the limit with --max-record-mb)"
                try body(record)
                return
            }
            if row.fields.count > names.count {
                record.problem = "\(row.fields.count) fields, but the header has \(names.count)"
            }
            for (index, name) in names.enumerated() where index < row.fields.count {
                let decoded = decodeUTF8(row.fields[index][...])
                record.fields[name] = decoded.text
                record.invalidUTF8 += decoded.invalid
            }
            try body(record)
        }
        while var chunk = try stream.next() {
            if first {
                if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { chunk = chunk.dropFirst(3) }
                parser.delimiter = separator ?? CSVRowParser.detectDelimiter(chunk)
                first = false
            }
            try parser.feed(chunk, emit)
        }
        if let unterminated = parser.openQuoteLine {
            throw ScanError.badRecord(path: stream.path, line: unterminated, reason: "a quoted field opened here is never closed (the rest of the file was read as one field)")
        }
        try parser.finish(emit)
    }
}
