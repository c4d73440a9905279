import Foundation
import ReviewGuardRules

/// A text to check, with where it came from.
public struct TextRecord: Sendable {
    /// A name for reports: the template name, the id, or `file:line`.
    public var name: String
    public var path: String
    public var line: Int
    public var text: String
    /// Any other fields of the record (lang, kind, sender, labels...), as text.
    public var fields: [String: String]
    public var labels: [String]
}

/// Reads texts from plain files (one text per file), CSV, JSON Lines and JSON arrays. Columns are found by common
/// names; a record without text is an error with its file and line, never dropped silently.
public enum TextRecords {
    static let textKeys = ["text", "message", "content", "body", "template", "reply"]
    static let nameKeys = ["name", "title", "id", "message_id", "template_id"]

    /// The records of a file; `errors` receives records that could not be read.
    public static func read(path: String, errors: inout [RecordError]) throws -> [TextRecord] {
        let bytes: [UInt8]
        do {
            bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw InputError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return jsonLines(bytes, path: path, errors: &errors) }
        if lower.hasSuffix(".json") { return try jsonArray(bytes, path: path, errors: &errors) }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return try csv(bytes, path: path, errors: &errors) }
        return [TextRecord(name: path, path: path, line: 1, text: String(decoding: bytes, as: UTF8.self), fields: [:], labels: [])]
    }

    static func jsonLines(_ bytes: [UInt8], path: String, errors: inout [RecordError]) -> [TextRecord] {
        var records: [TextRecord] = []
        var line = 0
        for slice in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            let trimmed = slice.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(slice)) as? [String: Any] else {
                errors.append(RecordError(path: path, line: line, reason: "not a JSON object"))
                continue
            }
            append(object, path: path, line: line, to: &records, errors: &errors)
        }
        return records
    }

    static func jsonArray(_ bytes: [UInt8], path: String, errors: inout [RecordError]) throws -> [TextRecord] {
        guard let array = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [Any] else {
            throw RecordError(path: path, line: 1, reason: "expected a JSON array of objects")
        }
        var records: [TextRecord] = []
        for (offset, item) in array.enumerated() {
            guard let object = item as? [String: Any] else {
                errors.append(RecordError(path: path, line: offset + 1, reason: "item \(offset + 1) is not an object"))
                continue
            }
            append(object, path: path, line: offset + 1, to: &records, errors: &errors)
        }
        return records
    }

    static func csv(_ bytes: [UInt8], path: String, errors: inout [RecordError]) throws -> [TextRecord] {
        let rows = try CSVReader(delimiter: path.lowercased().hasSuffix(".tsv") ? 0x09 : nil, sample: bytes[...]).rows(bytes, path: path)
        guard let header = rows.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var records: [TextRecord] = []
        for row in rows.dropFirst() {
            var object: [String: Any] = [:]
            for (index, name) in names.enumerated() where index < row.fields.count { object[name] = row.fields[index] }
            if row.fields.count > names.count {
                errors.append(RecordError(path: path, line: row.line, reason: "\(row.fields.count) fields, header has \(names.count)"))
                continue
            }
            append(object, path: path, line: row.line, to: &records, errors: &errors)
        }
        return records
    }

    private static func append(_ object: [String: Any], path: String, line: Int, to records: inout [TextRecord], errors: inout [RecordError]) {
        let lowered = Dictionary(object.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let text = textKeys.lazy.compactMap({ lowered[$0] as? String }).first else {
            errors.append(RecordError(path: path, line: line, reason: "no text field (expected one of \(textKeys.joined(separator: ", ")))"))
            return
        }
        let fields = JSONFields.strings(object)
        let name = nameKeys.lazy.compactMap { fields[$0] }.first ?? "\(path):\(line)"
        let labels = (lowered["labels"] as? [String]) ?? []
        records.append(TextRecord(name: name, path: path, line: line, text: text, fields: fields, labels: labels))
    }
}
