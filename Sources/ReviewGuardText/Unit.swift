/// One normalized scalar and the UTF-8 range of the original it came from.
struct Unit {
    /// The scalar; its letter-ness is looked up once, here, because Unicode property lookups dominate the cost.
    var scalar: Unicode.Scalar {
        didSet { isLetter = Unit.isLetter(scalar) }
    }
    var start: Int32
    var end: Int32
    var transforms: Transform
    private(set) var isLetter: Bool

    init(scalar: Unicode.Scalar, start: Int32, end: Int32, transforms: Transform) {
        self.scalar = scalar
        self.start = start
        self.end = end
        self.transforms = transforms
        isLetter = Unit.isLetter(scalar)
    }

    @inline(__always)
    var isMark: Bool { scalar.value >= 0x300 && ScalarTable.flags(scalar).contains(.mark) }

    @inline(__always)
    var isDigit: Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return ScalarTable.flags(scalar).contains(.letter)
    }
}

/// A unit of the matcher's form of a token (accent-free, collapsed).
public struct MatchUnit: Sendable {
    public var scalar: Unicode.Scalar
    public var start: Int32
    public var end: Int32

    /// Whether the scalar is a letter (from the pipeline's property table: faster than `properties`).
    public var isLetter: Bool { Unit.isLetter(scalar) }
}
