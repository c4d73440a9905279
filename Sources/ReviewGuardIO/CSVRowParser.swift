/// The CSV state machine (RFC 4180 with CRLF or LF and quoted newlines), fed chunk by chunk: the streaming scan
/// and the whole-file reader share it.
public struct CSVRowParser {
    /// A row's raw fields and the line it starts on (1-based).
    public struct Row {
        public var fields: [[UInt8]]
        public var line: Int
        /// A field was longer than `maxFieldBytes`: its excess bytes were dropped and the row is not usable.
        public var oversized = false
    }

    public var delimiter = UInt8(ascii: ",")
    /// The longest field kept in memory; longer ones are cut and their row marked `oversized`, so a huge field
    /// or a quote never closed cannot grow memory without bound.
    public var maxFieldBytes = Int.max

    public init() {}

    /// The delimiter (comma, semicolon or tab) that occurs most in the first line.
    public static func detectDelimiter(_ sample: ArraySlice<UInt8>) -> UInt8 {
        let header = sample.prefix { $0 != 0x0A }
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        return candidates.max { a, b in header.filter { $0 == a }.count < header.filter { $0 == b }.count } ?? UInt8(ascii: ",")
    }
    private var fields: [[UInt8]] = []
    private var field: [UInt8] = []
    private var quoted = false
    private var quoteEnded = false
    private var atFieldStart = true
    private var line = 1
    private var rowLine = 1
    private var previousWasCR = false
    private var quoteLine = 0
    private var oversized = false

    /// The line where a quoted field was opened and never closed, once all input is fed.
    public var openQuoteLine: Int? { quoted ? quoteLine : nil }

    public mutating func feed(_ bytes: ArraySlice<UInt8>, _ emit: (Row) throws -> Void) throws {
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
                    append(byte)
                }
                continue
            }
            if quoteEnded && byte == UInt8(ascii: "\"") {
                // A doubled quote inside a quoted field.
                append(byte)
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
                if !(fields.count == 1 && fields[0].isEmpty) { try emit(Row(fields: fields, line: rowLine, oversized: oversized)) }
                fields.removeAll(keepingCapacity: true)
                oversized = false
                line += 1
                rowLine = line
            default:
                append(byte)
                atFieldStart = false
            }
        }
    }

    public mutating func finish(_ emit: (Row) throws -> Void) throws {
        if !field.isEmpty || !fields.isEmpty {
            endField()
            try emit(Row(fields: fields, line: rowLine, oversized: oversized))
            fields.removeAll()
        }
    }

    private mutating func append(_ byte: UInt8) {
        if field.count < maxFieldBytes { field.append(byte) } else { oversized = true }
    }

    private mutating func endField() {
        fields.append(field)
        field.removeAll(keepingCapacity: true)
        atFieldStart = true
        quoteEnded = false
    }
}
