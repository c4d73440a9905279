import ReviewGuardText

/// One record as read from an export, before its columns are interpreted: field names (lowercased) to values,
/// or the reason it could not be read.
struct RawRecord {
    var file: String
    var line: Int
    var fields: [String: String]
    /// Set when the record itself is unreadable (malformed JSON, a row with too many fields...).
    var problem: String?
    /// Invalid UTF-8 sequences replaced by U+FFFD in this record.
    var invalidUTF8 = 0
    /// A JSON line not parsed yet: parsing happens in the parallel part of the scan.
    var pendingJSON: [UInt8]?

    /// The record with its JSON line parsed, if it had one.
    func parsed() -> RawRecord {
        guard let pendingJSON else { return self }
        return JSONLinesReader.record(pendingJSON[...], file: file, line: line)
    }
}

/// Turns bytes into text, replacing invalid UTF-8 with U+FFFD and counting the replacements.
func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> (text: String, invalid: Int) { UTF8Repair.decode(bytes) }
