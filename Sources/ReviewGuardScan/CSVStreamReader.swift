import ReviewGuardText

/// CSV streamed row by row, with what real exports do: a BOM, CRLF or LF, quoted fields with doubled quotes and
/// newlines, and the delimiter (comma, semicolon or tab) detected from the header. The first row is the header.
struct CSVStreamReader {
    let stream: ByteStream
    let delimiter: UInt8?

    func read(_ body: (RawRecord) throws -> Void) throws {
        var header: [String]?
        var parser = CSVRowParser()
        var separator = delimiter
        var first = true
        let emit: (CSVRowParser.Row) throws -> Void = { row in
            guard let names = header else {
                header = row.fields.map { decodeUTF8($0[...]).text.trimmedOfWhitespace.lowercased() }
                return
            }
            var record = RawRecord(file: stream.path, line: row.line, fields: [:])
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
                if separator == nil {
                    let line = chunk.prefix { $0 != 0x0A }
                    separator = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")].max { a, b in
                        line.filter { $0 == a }.count < line.filter { $0 == b }.count
                    }
                }
                parser.delimiter = separator ?? UInt8(ascii: ",")
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

/// The CSV state machine, fed chunk by chunk.
struct CSVRowParser {
    struct Row {
        var fields: [[UInt8]]
        var line: Int
    }

    var delimiter = UInt8(ascii: ",")
    private var fields: [[UInt8]] = []
    private var field: [UInt8] = []
    private var quoted = false
    private var quoteEnded = false
    private var atFieldStart = true
    private var line = 1
    private var rowLine = 1
    private var previousWasCR = false
    private var quoteLine = 0

    var openQuoteLine: Int? { quoted ? quoteLine : nil }

    mutating func feed(_ bytes: ArraySlice<UInt8>, _ emit: (Row) throws -> Void) throws {
        for byte in bytes {
            if previousWasCR {
                previousWasCR = false
                if byte == 0x0A { continue }
            }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    quoted = false
                    quoteEnded = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            if quoteEnded && byte == UInt8(ascii: "\"") {
                // A doubled quote inside a quoted field.
                field.append(byte)
                quoted = true
                quoteEnded = false
                continue
            }
            quoteEnded = false
            switch byte {
            case UInt8(ascii: "\"") where atFieldStart:
                quoted = true
                quoteLine = line
                atFieldStart = false
            case delimiter:
                endField()
            case 0x0A, 0x0D:
                previousWasCR = byte == 0x0D
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { try emit(Row(fields: fields, line: rowLine)) }
                fields.removeAll(keepingCapacity: true)
                line += 1
                rowLine = line
            default:
                field.append(byte)
                atFieldStart = false
            }
        }
    }

    mutating func finish(_ emit: (Row) throws -> Void) throws {
        if !field.isEmpty || !fields.isEmpty {
            endField()
            try emit(Row(fields: fields, line: rowLine))
            fields.removeAll()
        }
    }

    private mutating func endField() {
        fields.append(field)
        field.removeAll(keepingCapacity: true)
        atFieldStart = true
        quoteEnded = false
    }
}
