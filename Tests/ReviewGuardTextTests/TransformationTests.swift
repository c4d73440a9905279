import Testing
import ReviewGuardText

/// One row of a table test: the input, then the folded tokens it must give, and a transform the token at
/// `index` must carry.
struct Case: CustomTestStringConvertible, Sendable {
    let input: String
    let folded: [String]
    let transform: Transform?
    let index: Int

    init(_ input: String, _ folded: [String], _ transform: Transform? = nil, at index: Int = 0) {
        self.input = input
        self.folded = folded
        self.transform = transform
        self.index = index
    }

    var testDescription: String { input }
}

/// A normalizer per call: normalizers are not thread-safe and tests run in parallel.
func normalize(_ text: String) -> NormalizedText { try! TextNormalizer().normalize(text) }
func normalize(bytes: [UInt8]) -> NormalizedText { try! TextNormalizer().normalize(bytes: bytes) }

let cases: [Case] = [
    // Case and compatibility forms.
    Case("ｒｅｖｉｅｗ", ["review"], .styledLetters),
    Case("𝐟𝐫𝐞𝐞 gift", ["fre", "gift"], .styledLetters),
    Case("ﬁve", ["five"], .compatibility),
    Case("Ⓡⓔⓥⓘⓔⓦ", ["review"], .styledLetters),
    Case("x² ①", ["x2", "1"]),
    Case("REVIEW Review", ["review", "review"]),
    // Invisible characters.
    Case("ca\u{200B}shback", ["cashback"], .invisible),
    Case("re\u{200D}view", ["review"], .invisible),
    Case("ref\u{00AD}und", ["refund"], .invisible),
    Case("re\u{2060}fund", ["refund"], .invisible),
    Case("\u{202E}refund\u{202C}", ["refund"]),
    Case("re\u{E0041}view", ["review"], .invisible),
    // Look-alike letters (en and Russian).
    Case("саshbасk", ["cashback"], .homoglyph),
    Case("rеvіеw please", ["review", "please"], .homoglyph),
    Case("gοοd", ["god"], .homoglyph),
    Case("Привет, как дела?", ["привет", "как", "дела"]),
    Case("рау now pls", ["pay", "now", "pls"], .homoglyph),
    // Accents (es, vi, pt, fr, de).
    Case("réembolso", ["rembolso"], .accents),
    Case("đánh giá 5 sao", ["danh", "gia", "5", "sao"], .accents),
    Case("danh gia 5 sao", ["danh", "gia", "5", "sao"]),
    Case("avaliação", ["avaliacao"], .accents),
    Case("Rückerstattung", ["ruckerstatung"], .accents),
    Case("étoiles", ["etoiles"], .accents),
    // Leetspeak, and what must stay.
    Case("r3fund", ["refund"], .leet),
    Case("c@shb@ck", ["cashback"], .leet),
    Case("rev!ew", ["review"], .leet),
    Case("$ale", ["sale"], .leet),
    Case("5 st4rs", ["5", "stars"], .leet, at: 1),
    Case("5 stars $5 24h", ["5", "stars", "5", "24h"]),
    Case("great!thanks", ["great", "thanks"]),
    Case("SPXVN0123456789", ["spxvn0123456789"]),
    // Letters apart, stretched, masked.
    Case("c a s h b a c k", ["cashback"], .spaced),
    Case("r.e.v.i.e.w", ["review"], .spaced),
    Case("w-h-a-t-s-a-p-p", ["whatsap"], .spaced),
    Case("好 评 返 现", ["好", "评", "返", "现"], .spaced),
    Case("好-评-返-现", ["好", "评", "返", "现"], .spaced),
    Case("cashhhback pleaseeee", ["cashback", "please"], .stretched),
    Case("R**fund aftr r*view", ["r**fund", "aftr", "r*view"], .masked),
    // Digits of any script.
    Case("５星", ["5", "星"], .digits),
    Case("๕ ดาว", ["5", "ดาว"], .digits),
    Case("٥ نجوم", ["5", "نجوم"], .digits),
    // Emoji that stand for words.
    Case("5⭐", ["5", "star"], .emoji, at: 1),
    Case("⭐⭐⭐⭐⭐", ["5", "star"], .emoji),
    Case("★☆☆☆☆", ["1", "star"], .emoji),
    Case("★★★★☆", ["4", "star"], .emoji),
    Case("☆5", ["star", "5"], .emoji),
    Case("🎁 💰 🧧 📱 ☎️", ["gift", "cash", "red", "packet", "phone", "phone"], .emoji),
    Case("5️⃣ sao", ["5", "sao"], .emoji),
    // Segmentation where scripts write no spaces (zh, ja, th, ko, km, lo).
    Case("亲收到货给个五星好评", ["亲", "收到", "货", "给", "个", "五星", "好", "评"]),
    Case("รีวิวห้าดาวรับเงินคืน", ["รีวิว", "ห้า", "ดาว", "รับ", "เงิน", "คืน"]),
    Case("レビューでギフト券", ["レビュー", "で", "ギフト", "券"]),
    Case("리뷰 남겨주세요", ["리뷰", "남겨주세요"]),
    Case("សូមអរគុណ", ["សូម", "អរគុណ"]),
    Case("ຂອບໃຈຫຼາຍ", ["ຂອບໃຈ", "ຫຼາຍ"]),
    // Indonesian, Tagalog chat.
    Case("Kak, kasih bintang 5 ya", ["kak", "kasih", "bintang", "5", "ya"]),
    Case("Pa-5 stars po", ["pa", "5", "stars", "po"]),
    // Contact details.
    Case("WA 0812-3456-7890", ["wa", "081234567890"]),
    Case("call +62 812 3456 7890", ["cal", "+6281234567890"]),
    Case("mail shop@gmail.com now", ["mail", "shop@gmail.com", "now"]),
]

@Test(arguments: cases)
func transformation(_ row: Case) throws {
    let normalized = normalize(row.input)
    #expect(normalized.tokens.map(\.folded) == row.folded)
    if let transform = row.transform {
        let token = try #require(normalized.tokens.indices.contains(row.index) ? normalized.tokens[row.index] : nil)
        #expect(token.transforms.contains(transform), "\(token.transforms.names)")
    }
}

@Test(arguments: cases)
func prefixShiftsSpansExactly(_ row: Case) {
    let prefix = "👩🏽‍💻 한글\u{302} "
    let plain = normalize(row.input)
    let prefixed = normalize(prefix + row.input)
    let shifted = prefixed.tokens.suffix(plain.tokens.count)
    #expect(shifted.map(\.folded) == plain.tokens.map(\.folded))
    for (base, moved) in zip(plain.tokens, shifted) {
        #expect(moved.span.start - base.span.start == prefix.utf8.count)
        #expect(prefixed.characterRange(moved.span).lowerBound - plain.characterRange(base.span).lowerBound == prefix.count)
    }
}

@Test func phoneNumbersAreOneTokenButOrderIdsAreNot() {
    let text = normalize("order 576849302817364512, call 0 8 1 2 3 4 5 6 7 8 9")
    #expect(text.tokens.map(\.kind) == [.word, .number, .word, .phone])
    #expect(text.tokens[3].transforms.contains(.spaced))
}

@Test func emailAndLinkAreContactTokens() {
    let text = normalize("see https://my-shop.example/p?id=1 or www.shop.vn")
    #expect(text.tokens.map(\.kind) == [.word, .url, .word, .url])
}

@Test func linksGluedToTextWithoutSpacesAreContactTokens() {
    let text = normalize("官網：www.lele-shop.com.tw，滿千免運（nanairo-shop.jp）")
    #expect(text.tokens.filter { $0.kind == .url }.map(\.text) == ["www.lele-shop.com.tw", "nanairo-shop.jp"])
    // Dotted letters are a disguised word, not a host.
    #expect(normalize("加我r.e.v.i.e.w群").tokens.allSatisfy { $0.kind != .url })
}

@Test func anAccountNameAfterAContactLabelIsAHandle() {
    #expect(normalize("Add me on LINE, ID: mochi_0821").tokens.last?.kind == .handle)
    #expect(normalize("➕V：ｌｉｎｇｌｉｎｇ８８８，私聊").tokens.contains { $0.kind == .handle && $0.text == "lingling888" })
    // A model name or an order number after a colon is not an account.
    #expect(normalize("Model: x100_pro, Order ID: 5839201").tokens.allSatisfy { $0.kind != .handle })
}

@Test func cardAndTrackingNumbersLongerThanAPhoneStayNumbers() {
    let text = normalize("Karte 5783 2291 0457 8812, Tel. 0812 3456 7890")
    #expect(text.tokens.filter { $0.kind == .phone }.map(\.text) == ["081234567890"])
}

@Test func invalidUTF8BecomesReplacementAndIsCounted() {
    let text = normalize(bytes: [0x72, 0x65, 0xFF, 0x76, 0xC3, 0x28])
    #expect(text.invalidUTF8Count == 2)
    #expect(text.original == "re\u{FFFD}v\u{FFFD}(")
}

@Test func sentencesAreCounted() {
    let text = normalize("Thanks for your review. We refunded the damaged item! 好评。返现")
    #expect(text.tokens.map(\.sentence) == [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 3])
}

@Test func scriptsArePerToken() {
    let text = normalize("加V好友 review")
    #expect(text.tokens.first?.scripts == ["Hani"])
    #expect(text.tokens.last?.scripts == ["Latn"])
}

@Test func uniformBlocksAgreeWithTheStandardLibrary() {
    // The table fills Han and Hangul blocks by rule; spot-check them against real lookups.
    for value: UInt32 in [0x3400, 0x4E00, 0x597D, 0x9FA5, 0xAC00, 0xB9AC, 0xD7A3] {
        let scalar = Unicode.Scalar(value)!
        #expect(normalize(String(scalar)).tokens.first?.isUnspacedScript == true)
        #expect(scalar.properties.isAlphabetic)
    }
}

@Test func currencySignsAsLettersInsideWordsButNotBesideNumbers() {
    #expect(normalize("R€mb0ursement Rück€rstattung").tokens.map(\.folded) == ["remboursement", "ruckerstatung"])
    #expect(normalize("10€ €5").tokens.map(\.text) == ["10", "5"])
}
