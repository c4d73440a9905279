import ArgumentParser
import Foundation

/// Options shared by the commands that read exports: which column holds which field, and the input format.
struct ColumnOptions: ParsableArguments {
    @Option(name: .customLong("column"), help: "FIELD=COLUMN: which input column holds a field (repeatable).")
    var columns: [String] = []

    @Option(help: "A YAML or JSON file mapping fields to column names (FIELD: COLUMN per line).")
    var mapping: String?

    @Option(help: "jsonl or csv, when the file name does not say.")
    var inputFormat: String?

    @Option(help: "The largest record read, in MB: a longer JSON line or CSV field is skipped with its reason (default 16).")
    var maxRecordMB: Int = 16

    func validate() throws {
        guard maxRecordMB >= 1 && maxRecordMB <= 4096 else { throw ValidationError("--max-record-mb must be between 1 and 4096") }
        if let inputFormat, !["jsonl", "csv"].contains(inputFormat) { throw ValidationError("--input-format must be jsonl or csv") }
        for column in columns where !column.contains("=") { throw ValidationError("--column takes FIELD=COLUMN, got '\(column)'") }
    }

    var maxRecordBytes: Int { maxRecordMB << 20 }

    /// Field to column, from the mapping file and then the flags; a field not in `known` is an error.
    func overrides(known: [String: [String]]) throws -> [String: String] {
        var overrides: [String: String] = [:]
        if let mapping {
            let text = try String(contentsOfFile: mapping, encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "{" || trimmed == "}" { continue }
                let parts = trimmed.split(separator: ":", maxSplits: 1).map {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\",'"))
                }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw ValidationError("\(mapping): cannot read '\(trimmed)' (expected FIELD: COLUMN)")
                }
                overrides[parts[0]] = parts[1]
            }
        }
        for column in columns {
            let parts = column.split(separator: "=", maxSplits: 1).map(String.init)
            overrides[parts[0]] = parts[1]
        }
        for field in overrides.keys where known[field] == nil {
            throw ValidationError("unknown field '\(field)' (known: \(known.keys.sorted().joined(separator: ", ")))")
        }
        return overrides
    }
}
