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
        // Look-alikes of lowercase letters that UTS #39 maps to small capitals or leaves alone, but that people
        // use for Latin letters all the same (в for b, к for k, м for m, н for h, т for t).
        let lowercase: [UInt32: Unicode.Scalar] = [
            0x0432: "b", 0x043A: "k", 0x043C: "m", 0x043D: "h", 0x0442: "t", 0x044C: "b", 0x0455: "s", 0x0456: "i",
            0x0458: "j", 0x0501: "d", 0x04BB: "h", 0x0433: "r", 0x0438: "u", 0x043F: "n", 0x03BD: "v", 0x03BA: "k",
            0x03C4: "t", 0x03B9: "i", 0x03C1: "p", 0x03C5: "u",
        ]
        for (value, latin) in lowercase where table[value] == nil { table[value] = latin }
        return table
    }()

    @inline(__always)
    static func isConfusableScript(_ scalar: Unicode.Scalar) -> Bool { (0x370...0x52F).contains(scalar.value) }
}
