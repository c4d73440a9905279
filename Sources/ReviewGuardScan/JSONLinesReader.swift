import Foundation
import ReviewGuardIO

/// JSON Lines, streamed: one object per line; a line that is not a JSON object becomes a record with a problem.
struct JSONLinesReader {
    let stream: ByteStream
    /// Lines longer than this are skipped (with a reason) without being held in memory.
    let maxRecordBytes: Int
    /// Objects nested deeper than this are skipped: a parser must not recurse without bound.
    static let maxDepth = 64

    func read(_ body: (RawRecord) throws -> Void) throws {
        var pending: [UInt8] = []
        var line = 0
        var overlong = false
        func emit(_ bytes: ArraySlice<UInt8>) throws {
            line += 1
            if overlong {
                overlong = false
                try body(RawRecord(file: stream.path, line: line, fields: [:], problem: "a line longer than \(maxRecordBytes) bytes (raise the limit with --max-record-mb)"))
                return
            }
            var slice = bytes
            if slice.last == 0x0D { slice = slice.dropLast() }
            if line == 1 && slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            try body(RawRecord(file: stream.path, line: line, fields: [:], pendingJSON: Array(slice)))
        }
        while let chunk = try stream.next() {
            var start = chunk.startIndex
            while let newline = chunk[start...].firstIndex(of: 0x0A) {
                let piece = chunk[start..<newline]
                if !overlong && pending.count + piece.count > maxRecordBytes {
                    overlong = true
                    pending.removeAll()
                }
                if overlong || pending.isEmpty {
                    try emit(piece)
                } else {
                    pending.append(contentsOf: piece)
                    try emit(pending[...])
                    pending.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            let rest = chunk[start...]
            if !overlong && pending.count + rest.count > maxRecordBytes {
                overlong = true
                pending.removeAll()
            }
            if !overlong { pending.append(contentsOf: rest) }
        }
        if !pending.isEmpty || overlong { try emit(pending[...]) }
    }

    static func record(_ bytes: ArraySlice<UInt8>, file: String, line: Int) -> RawRecord {
        if nestingDepth(bytes) > maxDepth {
            return RawRecord(file: file, line: line, fields: [:], problem: "JSON nested deeper than \(maxDepth) levels")
        }
        let decoded = decodeUTF8(bytes)
        var text = decoded.text
        if let fields = text.withUTF8({ FlatJSONObject.fields($0) }) {
            return RawRecord(file: file, line: line, fields: fields, invalidUTF8: decoded.invalid)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(decoded.text.utf8), options: [.fragmentsAllowed]),
            let dictionary = object as? [String: Any]
        else {
            return RawRecord(file: file, line: line, fields: [:], problem: "not a JSON object", invalidUTF8: decoded.invalid)
        }
        return RawRecord(file: file, line: line, fields: JSONFields.strings(dictionary, describingOthers: true), invalidUTF8: decoded.invalid)
    }

    /// The deepest nesting of arrays and objects, outside strings, found by one pass over the bytes.
    static func nestingDepth(_ bytes: ArraySlice<UInt8>) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return deepest
    }
}
