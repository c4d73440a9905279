import Foundation
import ReviewGuardIO

/// JSON Lines, streamed: one object per line; a line that is not a JSON object becomes a record with a problem.
struct JSONLinesReader {
    let stream: ByteStream

    func read(_ body: (RawRecord) throws -> Void) throws {
        var pending: [UInt8] = []
        var line = 0
        func emit(_ bytes: ArraySlice<UInt8>) throws {
            line += 1
            var slice = bytes
            if slice.last == 0x0D { slice = slice.dropLast() }
            if line == 1 && slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            try body(RawRecord(file: stream.path, line: line, fields: [:], pendingJSON: Array(slice)))
        }
        while let chunk = try stream.next() {
            var start = chunk.startIndex
            while let newline = chunk[start...].firstIndex(of: 0x0A) {
                if pending.isEmpty {
                    try emit(chunk[start..<newline])
                } else {
                    pending.append(contentsOf: chunk[start..<newline])
                    try emit(pending[...])
                    pending.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            pending.append(contentsOf: chunk[start...])
        }
        if !pending.isEmpty { try emit(pending[...]) }
    }

    static func record(_ bytes: ArraySlice<UInt8>, file: String, line: Int) -> RawRecord {
        let decoded = decodeUTF8(bytes)
        guard let object = try? JSONSerialization.jsonObject(with: Data(decoded.text.utf8), options: [.fragmentsAllowed]),
            let dictionary = object as? [String: Any]
        else {
            return RawRecord(file: file, line: line, fields: [:], problem: "not a JSON object", invalidUTF8: decoded.invalid)
        }
        return RawRecord(file: file, line: line, fields: JSONFields.strings(dictionary, describingOthers: true), invalidUTF8: decoded.invalid)
    }
}
