import Synchronization

/// Grapheme-cluster boundaries of a text: snaps spans outward so they never cut a cluster, and converts UTF-8
/// offsets to Character offsets. Snapping looks only at the scalars around a boundary; the Character table is
/// built on first use (reports need it, the scan's hot path does not).
public final class CharacterIndex: Sendable {
    private let text: String
    public let utf8Count: Int
    private let isPlainASCII: Bool
    /// UTF-8 offset where each Character starts, plus the end offset; built when first needed.
    private let starts = Mutex<[Int]?>(nil)

    public init(_ text: String) {
        self.text = text
        utf8Count = text.utf8.count
        isPlainASCII = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// The number of Characters before a UTF-8 offset (rounded down to a cluster start).
    public func characterOffset(ofUTF8 offset: Int) -> Int {
        if isPlainASCII { return offset }
        return starts.withLock { table in
            if table == nil { table = characterStarts() }
            return Self.upperBound(table!, offset) - 1
        }
    }

    /// `span` widened to the nearest cluster boundaries.
    public func snap(_ span: Span) -> Span {
        if isPlainASCII { return span }
        var start = span.start
        var end = max(span.end, span.start)
        while start > 0 && !isBoundary(start) { start -= width(before: start) }
        while end < utf8Count && !isBoundary(end) { end += width(at: end) }
        return Span(start: start, end: end)
    }

    /// Whether a cluster starts at `offset`. The local look settles most offsets; where it sees a boundary next to
    /// non-ASCII text, Swift's own grapheme rules confirm it (prepended marks such as U+0605, Hangul jamo
    /// sequences and Indic conjuncts join across what looks like a boundary locally; found by fuzzing).
    private func isBoundary(_ offset: Int) -> Bool {
        if offset <= 0 || offset >= utf8Count { return true }
        return isBoundary(offset, next: scalar(at: offset), previous: scalar(at: offset - width(before: offset)))
    }

    /// Whether a cluster starts at `offset`, between the scalars `previous` and `next`.
    private func isBoundary(_ offset: Int, next: Unicode.Scalar, previous: Unicode.Scalar) -> Bool {
        if next.isASCII && previous.isASCII { return !(previous == "\r" && next == "\n") }
        // Nothing extends a control character (GB4): `\u{05}\u{0301}` is two clusters.
        guard isLocalBoundary(offset, next: next, previous: previous) else { return Self.isControl(previous) }
        guard Self.joinsAcrossLocalBoundary(previous: previous, next: next) else { return true }
        return text.utf8.index(text.utf8.startIndex, offsetBy: offset).samePosition(in: text) != nil
    }

    /// Scalars around which clusters join by rules the local look does not know: prepended marks (U+0600-0605,
    /// U+08E2, U+0D4E and the like), Hangul jamo sequences, Indic conjuncts, a joiner before a reserved pictograph.
    /// Only there is Swift asked.
    private static func joinsAcrossLocalBoundary(previous: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
        switch previous.value {
        case 0x200D, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0900...0x0DFF, 0x1100...0x11FF, 0xA960...0xA97F,
             0xAC00...0xD7FF, 0x110BD, 0x110CD, 0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
            return true
        default:
            return (0x1160...0x11FF).contains(next.value) || (0xD7B0...0xD7FF).contains(next.value)
        }
    }

    /// Not before a combining mark, a joiner or a modifier, nor inside an emoji ZWJ sequence or a flag.
    private func isLocalBoundary(_ offset: Int, next: Unicode.Scalar, previous: Unicode.Scalar) -> Bool {
        if previous.value == 0x200D {
            // Emoji ZWJ sequence: a pictograph joined to the pictograph before the joiner.
            let beforeJoiner = offset - width(before: offset)
            // Regional indicators are emoji but not pictographs: a flag before or after a joiner joins nothing.
            let beforeJoinerScalar = beforeJoiner > 0 ? scalar(at: beforeJoiner - width(before: beforeJoiner)) : " "
            if beforeJoiner > 0 && next.properties.isEmoji && next.value > 0xFF && !Self.isRegionalIndicator(next)
                && beforeJoinerScalar.properties.isEmoji && !Self.isRegionalIndicator(beforeJoinerScalar)
            {
                return false
            }
        }
        if Self.isRegionalIndicator(next) && Self.isRegionalIndicator(previous) {
            // Flags pair regional indicators from the left: inside a pair when an odd number precede.
            var count = 0
            var position = offset
            while position > 0 {
                let before = position - width(before: position)
                guard Self.isRegionalIndicator(scalar(at: before)) else { break }
                count += 1
                position = before
            }
            return count % 2 == 0
        }
        if next.value == 0x0E33 || next.value == 0x0EB3 || (next.value >= 0x0300 && ScalarTable.flags(next).contains(.spacingMark)) {
            return false  // Thai SARA AM, Lao AM and spacing marks (GB9a) stay with the letter before them
        }
        return !(ScalarTable.flags(next).contains(.extendsCluster) || (0x1F3FB...0x1F3FF).contains(next.value))
    }

    /// Grapheme_Cluster_Break=Control: C0 and C1 controls, line and paragraph separators, and format characters
    /// other than the joiners and the prepended concatenation marks.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        if scalar.value < 0xA0 { return false }
        switch scalar.value {
        case 0x200C, 0x200D, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD, 0xE0020...0xE007F: return false
        default:
            let category = scalar.properties.generalCategory
            return category == .format || category == .lineSeparator || category == .paragraphSeparator
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar.value) }

    private func scalar(at offset: Int) -> Unicode.Scalar {
        text.utf8.withContiguousStorageIfAvailable { bytes in UTF8Repair.scalar(in: bytes, at: offset) ?? "\u{FFFD}" } ?? text.unicodeScalars[
            text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
    }

    private func width(at offset: Int) -> Int { UTF8.width(scalar(at: offset)) }

    private func width(before offset: Int) -> Int {
        var lower = offset - 1
        text.utf8.withContiguousStorageIfAvailable { bytes in
            while lower > 0 && bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        } ?? {
            let utf8 = Array(text.utf8)
            while lower > 0 && utf8[lower] & 0xC0 == 0x80 { lower -= 1 }
        }()
        return offset - lower
    }

    /// Where each Character starts: the cluster boundaries of the local look (confirmed by Swift where clusters
    /// join by rules it does not know), one pass over the scalars instead of Swift's grapheme iteration.
    private func characterStarts() -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(utf8Count + 1)
        var offset = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous {
                if isBoundary(offset, next: scalar, previous: previous) { starts.append(offset) }
            } else {
                starts.append(0)
            }
            previous = scalar
            offset += UTF8.width(scalar)
        }
        starts.append(utf8Count)
        return starts
    }

    private static func upperBound(_ starts: [Int], _ offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low, 1)
    }
}
