/// One normalized scalar and the UTF-8 range of the original it came from.
struct Unit {
    var scalar: Unicode.Scalar
    var start: Int32
    var end: Int32
    var transforms: Transform

    @inline(__always)
    var isLetter: Bool { Unit.isLetter(scalar) }

    @inline(__always)
    var isMark: Bool {
        scalar.value >= 0x300 && [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }

    @inline(__always)
    var isDigit: Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }
}

/// A unit of the matcher's form of a token (accent-free, collapsed).
public struct MatchUnit: Sendable {
    public var scalar: Unicode.Scalar
    public var start: Int32
    public var end: Int32
}
