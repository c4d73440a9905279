import ReviewGuardText

/// One record as read from an export, before its columns are interpreted: field names (lowercased) to values,
/// or the reason it could not be read.
public struct RawRecord: Sendable {
    public var file: String
    public var line: Int
    public var fields: [String: String]
    /// Set when the record itself is unreadable (malformed JSON, a row with too many fields...).
    public var problem: String?
    /// Invalid UTF-8 sequences replaced by U+FFFD in this record.
    public var invalidUTF8 = 0
    /// A JSON line not parsed yet: parsing happens in the parallel part of the scan.
    var pendingJSON: [UInt8]?

    public init(file: String, line: Int, fields: [String: String], problem: String? = nil, invalidUTF8: Int = 0) {
        self.file = file
        self.line = line
        self.fields = fields
        self.problem = problem
        self.invalidUTF8 = invalidUTF8
    }

    init(file: String, line: Int, fields: [String: String], pendingJSON: [UInt8]) {
        self.init(file: file, line: line, fields: fields)
        self.pendingJSON = pendingJSON
    }

    /// The first non-blank value among the columns `names` (lowercased header names), for column mappings.
    public func value(_ names: [String]) -> String? {
        for name in names {
            if let value = fields[name], !value.trimmedOfWhitespace.isEmpty { return value }
        }
        return nil
    }

    /// The record with its JSON line parsed, if it had one.
    public func parsed() -> RawRecord {
        guard let pendingJSON else { return self }
        return JSONLinesReader.record(pendingJSON[...], file: file, line: line)
    }
}

/// Turns bytes into text, replacing invalid UTF-8 with U+FFFD and counting the replacements.
func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> (text: String, invalid: Int) { UTF8Repair.decode(bytes) }
