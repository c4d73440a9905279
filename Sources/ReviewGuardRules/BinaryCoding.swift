/// A minimal binary format for the compiled-lexicon cache: little-endian integers, length-prefixed arrays and
/// strings. The reader checks every bound; a short or corrupt file reads as nil, never a crash.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var raw = UInt64(bitPattern: Int64(value)).littleEndian
        withUnsafeBytes(of: &raw) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func int32s(_ values: [Int32]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func uint8s(_ values: [UInt8]) {
        int(values.count)
        bytes.append(contentsOf: values)
    }
}

struct BinaryReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int() -> Int? {
        guard position + 8 <= bytes.count else { return nil }
        var raw: UInt64 = 0
        for offset in 0..<8 { raw |= UInt64(bytes[position + offset]) << (8 * UInt64(offset)) }
        position += 8
        return Int(Int64(bitPattern: raw))
    }

    mutating func bool() -> Bool? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position] != 0
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, position + count <= bytes.count else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    mutating func int32s() -> [Int32]? {
        guard let count = int(), count >= 0, position + count * 4 <= bytes.count else { return nil }
        var values = [Int32](repeating: 0, count: count)
        values.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + count * 4)]))
            }
        }
        position += count * 4
        return values.map { Int32(littleEndian: $0) }
    }

    mutating func uint8s() -> [UInt8]? {
        guard let count = int(), count >= 0, position + count <= bytes.count else { return nil }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }
}
