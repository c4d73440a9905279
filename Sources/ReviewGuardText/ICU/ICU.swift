import CICUShim

/// The Swift face of the system ICU: every call to the C shim goes through this namespace, so errors are
/// checked in one place and buffers grow in one place.
public enum ICU {
    /// The version of the linked libicu, e.g. "72.1".
    public static var version: String { String(cString: rg_icu_version()) }

    /// Throws when an ICU status code is a failure (codes above zero are failures, below zero warnings).
    @inline(__always)
    static func check(_ code: Int32, _ operation: StaticString) throws(ICUError) {
        if code > 0 { throw ICUError(code: code, operation: operation) }
    }

    /// Runs an ICU function that writes UTF-16 into a caller's buffer, growing the buffer and retrying when ICU
    /// reports U_BUFFER_OVERFLOW_ERROR with the length it needs.
    static func withGrowingBuffer(
        initialCapacity: Int,
        _ operation: StaticString,
        _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> [UInt16] {
        var capacity = max(initialCapacity, 8)
        while true {
            var error: Int32 = 0
            var length: Int32 = 0
            let buffer = [UInt16](unsafeUninitializedCapacity: capacity) { pointer, count in
                length = body(pointer.baseAddress!, Int32(capacity), &error)
                count = error == 0 || error < 0 ? Int(min(length, Int32(capacity))) : 0
            }
            if error == Int32(RG_BUFFER_OVERFLOW) {
                capacity = Int(length) + 1
                continue
            }
            try check(error, operation)
            return buffer
        }
    }

    /// NFKC_Casefold of UTF-16 text: compatibility forms folded, case folded, default-ignorables removed.
    public static func nfkcCasefold(_ text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [UInt16] {
        try withGrowingBuffer(initialCapacity: text.count + text.count / 2 + 4, "unorm2_normalize(NFKC_CF)") {
            rg_nfkc_cf(text.baseAddress, Int32(text.count), $0, $1, &$2)
        }
    }

    /// NFKC_Casefold of UTF-16 text held in an array.
    public static func nfkcCasefold(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
        try text.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [UInt16] in try nfkcCasefold(buffer) }
    }

    /// The length of the prefix of `text` that is certainly already NFKC_Casefold-normalized.
    static func nfkcCasefoldQuickSpan(_ text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> Int {
        var error: Int32 = 0
        let end = rg_nfkc_cf_span_quick_check_yes(text.baseAddress, Int32(text.count), &error)
        try check(error, "unorm2_spanQuickCheckYes")
        return Int(end)
    }

    /// Whether NFKC_Casefold never combines `scalar` with what precedes it (a safe place to cut text).
    @inline(__always)
    static func hasNormalizationBoundaryBefore(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || rg_nfkc_cf_has_boundary_before(scalar.value) != 0
    }

    /// Canonical decomposition (NFD), used to strip accents.
    public static func nfd(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
        try text.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
            try withGrowingBuffer(initialCapacity: source.count * 3 + 4, "unorm2_normalize(NFD)") {
                rg_nfd(source.baseAddress, Int32(source.count), $0, $1, &$2)
            }
        }
    }

    /// The script of a code point as an ICU script code.
    @inline(__always)
    static func scriptCode(of scalar: Unicode.Scalar) -> Int32 { rg_script(scalar.value) }

    /// The ISO 15924 short name of an ICU script code.
    static func scriptName(_ code: Int32) -> String {
        guard let name = rg_script_short_name(code) else { return "Zzzz" }
        return String(cString: name)
    }

    /// The value of a decimal digit of any script (Nd), or nil.
    @inline(__always)
    static func digitValue(of scalar: Unicode.Scalar) -> Int? {
        let value = rg_digit_value(scalar.value)
        return value >= 0 ? Int(value) : nil
    }
}

/// A failed ICU call: which operation, and ICU's name for the error.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let operation: StaticString

    public var description: String {
        "ICU \(operation) failed: \(String(cString: rg_error_name(code))) (\(code))"
    }
}
