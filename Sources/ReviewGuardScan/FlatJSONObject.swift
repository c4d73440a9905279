/// A parser for the JSON objects exports are made of: one level of string, integer and null members. It runs on
/// every line of an export, where Foundation's parser (objects of `Any`, a dictionary, NSNumbers) cost more than
/// checking the message. Anything else (fractions, exponents, booleans, arrays, nested objects, surrogate
/// escapes, keys that repeat once lowercased, invalid JSON) gives nil, and the caller parses the line with
/// Foundation as before, so the fields are those Foundation would give.
enum FlatJSONObject {
    /// The members as `JSONFields.strings` would give them (lowercased names, integers as their digits, nulls
    /// left out), or nil when the line needs the full parser.
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: String]? {
        var parser = Parser(bytes: bytes)
        return parser.object()
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// The text of a string being read, when it has escapes.
        var unescaped: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func object() -> [String: String]? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var fields: [String: String] = [:]
            skipSpace()
            if take(UInt8(ascii: "}")) { return atEnd() ? fields : nil }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                let name = key.lowercased()
                guard fields[name] == nil else { return nil }  // which duplicate wins is Foundation's business
                guard let value = value() else { return nil }
                if let text = value { fields[name] = text }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return nil }
                return atEnd() ? fields : nil
            }
        }

        /// A member's value: `.some(text)`, `.some(nil)` for null, nil when not of the simple kinds.
        private mutating func value() -> String??  {
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "\""): return string().map { .some($0) }
            case UInt8(ascii: "n"):
                guard position + 4 <= bytes.count, bytes[position + 1] == UInt8(ascii: "u"), bytes[position + 2] == UInt8(ascii: "l"),
                    bytes[position + 3] == UInt8(ascii: "l")
                else { return nil }
                position += 4
                return .some(nil)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer().map { .some($0) }
            default: return nil
            }
        }

        /// An integer of up to 15 digits, without sign tricks (`-0`) or leading zeros: its text is what
        /// NSNumber gives back.
        private mutating func integer() -> String? {
            let start = position
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39 { position += 1 }
            let digits = position - digitsStart
            guard digits >= 1, digits <= 15, bytes[digitsStart] != 0x30 || (digits == 1 && digitsStart == start) else { return nil }
            if position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
                default: break
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = position
            var escaped = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    let text = escaped
                        ? String(decoding: unescaped, as: UTF8.self)
                        : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                    position += 1
                    return text
                }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") {
                    if !escaped {
                        escaped = true
                        unescaped.removeAll(keepingCapacity: true)
                        unescaped.append(contentsOf: bytes[start..<position])
                    }
                    guard unescape() else { return nil }
                    continue
                }
                if escaped { unescaped.append(byte) }
                position += 1
            }
            return nil
        }

        /// Reads one escape into `unescaped`; false for surrogates, NUL and anything invalid.
        private mutating func unescape() -> Bool {
            guard position + 1 < bytes.count else { return false }
            let code = bytes[position + 1]
            position += 2
            switch code {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(code)
            case UInt8(ascii: "b"): unescaped.append(0x08)
            case UInt8(ascii: "f"): unescaped.append(0x0C)
            case UInt8(ascii: "n"): unescaped.append(0x0A)
            case UInt8(ascii: "r"): unescaped.append(0x0D)
            case UInt8(ascii: "t"): unescaped.append(0x09)
            case UInt8(ascii: "u"):
                guard position + 4 <= bytes.count else { return false }
                var value: UInt32 = 0
                for offset in 0..<4 {
                    guard let digit = Self.hexValue(bytes[position + offset]) else { return false }
                    value = value << 4 | digit
                }
                position += 4
                guard value != 0, let scalar = Unicode.Scalar(value) else { return false }  // surrogates are not scalars
                unescaped.append(contentsOf: String(scalar).utf8)
            default: return false
            }
            return true
        }

        private static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case 0x30...0x39: UInt32(byte - 0x30)
            case 0x41...0x46: UInt32(byte - 0x41 + 10)
            case 0x61...0x66: UInt32(byte - 0x61 + 10)
            default: nil
            }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        private mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        private mutating func atEnd() -> Bool {
            skipSpace()
            return position == bytes.count
        }
    }
}
