/// Up to three ICU script codes of a token's letters, stored inline (a token almost never mixes more).
public struct ScriptSet: Sendable, Hashable {
    private var codes: (UInt8, UInt8, UInt8) = (0, 0, 0)
    public private(set) var count = 0

    public init() {}

    /// Adds a script code (Common and Inherited are ignored, as are codes beyond the third).
    mutating func insert(_ code: Int32) {
        guard code > 1, code < 256, !contains(code), count < 3 else { return }
        let value = UInt8(code)
        switch count {
        case 0: codes.0 = value
        case 1: codes.1 = value
        default: codes.2 = value
        }
        count += 1
    }

    func contains(_ code: Int32) -> Bool {
        (count > 0 && Int32(codes.0) == code) || (count > 1 && Int32(codes.1) == code) || (count > 2 && Int32(codes.2) == code)
    }

    /// ISO 15924 short names, in the order first seen.
    public var names: [String] {
        [codes.0, codes.1, codes.2].prefix(count).map { Script.name(ofCode: Int32($0)) }
    }

    public static func == (lhs: ScriptSet, rhs: ScriptSet) -> Bool { lhs.names == rhs.names }
    public func hash(into hasher: inout Hasher) { hasher.combine(names) }
}
