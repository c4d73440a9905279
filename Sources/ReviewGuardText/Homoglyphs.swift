/// Cyrillic and Greek letters that look like a Latin letter, from the UTS #39 confusable skeleton (ICU).
enum Homoglyphs {
    static let latinLookalike: [UInt32: Unicode.Scalar] = {
        guard let checker = try? SpoofChecker() else { return [:] }
        var table: [UInt32: Unicode.Scalar] = [:]
        for value in UInt32(0x370)...UInt32(0x52F) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
                let skeleton = try? checker.skeleton(Array(String(scalar).utf16))
            else { continue }
            let result = String(decoding: skeleton, as: UTF16.self).lowercased().unicodeScalars
            if result.count == 1, let latin = result.first, latin.isASCII, Unit.isLetter(latin) {
                table[value] = latin
            }
        }
        return table
    }()

    @inline(__always)
    static func isConfusableScript(_ scalar: Unicode.Scalar) -> Bool { (0x370...0x52F).contains(scalar.value) }
}
