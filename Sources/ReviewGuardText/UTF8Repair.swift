/// Decoding of raw bytes that may not be valid UTF-8: every invalid sequence becomes U+FFFD and is counted, so
/// the caller can report it; nothing is dropped and nothing crashes.
public enum UTF8Repair {
    public static func decode(_ bytes: some Collection<UInt8>) -> (text: String, invalid: Int) {
        if let valid = bytes.withContiguousStorageIfAvailable({ String(validating: $0, as: UTF8.self) }) ?? nil {
            return (valid, 0)
        }
        var invalid = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
            }
        }
        return (String(scalars), invalid)
    }

    /// The scalar whose UTF-8 starts at `offset`, or nil where the bytes there are not valid UTF-8.
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar? {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
