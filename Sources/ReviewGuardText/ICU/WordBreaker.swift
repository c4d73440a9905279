import CICUShim

/// ICU word segmentation (`ubrk`, UAX #29 plus dictionaries for Thai, Lao, Khmer, Burmese, Chinese and
/// Japanese). Not thread-safe: one per normalizer.
final class WordBreaker {
    /// One segment of text: a UTF-16 range and whether it is a word (letters, numbers, kana or ideographs).
    struct Segment {
        var range: Range<Int>
        var isWord: Bool
    }

    private let breaker: OpaquePointer

    init(locale: String = "") throws(ICUError) {
        var error: Int32 = 0
        let breaker = locale.withCString { rg_word_breaker_open($0, &error) }
        try ICU.check(error, "ubrk_open")
        guard let breaker else { throw ICUError(code: 5, operation: "ubrk_open") }
        self.breaker = breaker
    }

    deinit { rg_word_breaker_close(breaker) }

    /// The segments of `text`, in order; ICU only reads `text` during this call.
    func segments(of text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Segment] {
        var error: Int32 = 0
        rg_word_breaker_set_text(breaker, text.baseAddress, Int32(text.count), &error)
        try ICU.check(error, "ubrk_setText")
        var result: [Segment] = []
        var start = 0
        while true {
            let end = Int(rg_word_breaker_next(breaker))
            if end < 0 { break }
            result.append(Segment(range: start..<end, isWord: rg_word_breaker_status(breaker) >= 100))
            start = end
        }
        // ubrk_setText keeps a pointer to `text`; point it at an empty string before the buffer goes away.
        var empty: UInt16 = 0
        rg_word_breaker_set_text(breaker, &empty, 0, &error)
        return result
    }
}
