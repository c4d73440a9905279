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
        if let delimiter {
            self.delimiter = delimiter
            return
        }
        let header = sample.prefix { $0 != 0x0A }
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        self.delimiter = candidates.max { a, b in header.filter { $0 == a }.count < header.filter { $0 == b }.count } ?? UInt8(ascii: ",")
    }

    /// All rows of a whole file. A quote left open at the end of the file is an error naming its line.
    public func rows(_ bytes: [UInt8], path: String) throws -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var rowLine = 1
        var quoted = false
        var quoteLine = 0
        var atFieldStart = true
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && atFieldStart {
                quoted = true
                quoteLine = line
                atFieldStart = false
            } else if byte == delimiter {
                endField()
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(fields: fields, line: rowLine)) }
                fields.removeAll(keepingCapacity: true)
                line += 1
                rowLine = line
            } else {
                field.append(byte)
                atFieldStart = false
            }
            index += 1
        }
        if quoted {
            throw RecordError(path: path, line: quoteLine, reason: "a quoted field opened here is never closed")
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            rows.append(Row(fields: fields, line: rowLine))
        }
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
