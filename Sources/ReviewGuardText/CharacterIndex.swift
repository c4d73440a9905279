/// Grapheme-cluster boundaries of a text in UTF-8 offsets: converts byte offsets to Character offsets and
/// snaps spans outward so that they never cut a cluster.
public struct CharacterIndex: Sendable {
    /// UTF-8 offset where each Character starts, plus the end offset; nil when the text is ASCII without "\r\n",
    /// where Character offsets are byte offsets.
    private let starts: [Int]?
    public let utf8Count: Int

    public init(_ text: String) {
        utf8Count = text.utf8.count
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            starts = nil
            return
        }
        var starts: [Int] = []
        starts.reserveCapacity(utf8Count)
        var offset = 0
        for character in text {
            starts.append(offset)
            offset += character.utf8.count
        }
        starts.append(offset)
        self.starts = starts
    }

    /// The number of Characters before a UTF-8 offset (the offset is rounded down to a cluster start).
    public func characterOffset(ofUTF8 offset: Int) -> Int {
        guard let starts else { return offset }
        return upperBound(offset) - 1
    }

    /// `span` widened to the nearest cluster boundaries.
    public func snap(_ span: Span) -> Span {
        guard let starts else { return span }
        let lower = starts[upperBound(span.start) - 1]
        let endIndex = upperBound(span.end - 1)
        let upper = span.end <= lower ? lower : starts[min(endIndex, starts.count - 1)]
        return Span(start: lower, end: max(upper, lower))
    }

    /// The index of the first start greater than `offset`.
    private func upperBound(_ offset: Int) -> Int {
        guard let starts else { return offset + 1 }
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low, 1)
    }
}
