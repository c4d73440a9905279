import ReviewGuardRules

/// The language a reply draft should be written in: the export's hint, else the script of the review, else the
/// language whose lexicon terms the review uses most.
enum LanguageGuess {
    /// `zh-TW`, `pt_BR`, `EN` → `zh`, `pt`, `en`; Filipino → `tl`.
    static func code(_ hint: String) -> String {
        let code = String(hint.lowercased().prefix { $0.isLetter }.prefix(3))
        switch code {
        case "fil": return "tl"
        case "may", "msa": return "ms"
        case "ind", "in": return "id"
        default: return String(code.prefix(2))
        }
    }

    static func language(of text: String, checker: Checker) -> String {
        var kana = false
        var han = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0E00...0x0E7F: return "th"
            case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return "ko"
            case 0x3040...0x30FF: kana = true
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han = true
            default: break
            }
        }
        if kana { return "ja" }
        if han { return "zh" }
        var votes: [String: Int] = [:]
        for occurrence in checker.concepts(in: text) { votes[occurrence.language, default: 0] += 1 }
        return votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "en"
    }
}
