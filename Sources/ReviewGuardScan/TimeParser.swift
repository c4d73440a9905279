import ReviewGuardRules
import ReviewGuardText
/// Times as exports write them: ISO 8601 (`2025-11-20T10:15:00Z`, with a space instead of `T`, fractional
/// seconds, a `±HH:MM` offset or none for UTC, or a date alone) or Unix seconds or milliseconds. Parsed by hand:
/// it runs for every record of a large export and must be thread-safe.
public enum TimeParser {
    /// The time as ISO 8601 in UTC and as seconds since 1970, or nil when it is not a time.
    public static func parse(_ text: String) -> (iso: String, seconds: Double)? {
        let trimmed = text.trimmedOfWhitespace
        // (Bytes, not Characters: the same answer, since an ASCII Character is one byte or CR LF.)
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }), let number = Double(trimmed) {
            let seconds = number > 1e11 ? number / 1000 : number
            // Years 1970 to 9999 only: a longer number is not a time (and would overflow date arithmetic).
            guard seconds < 253_402_300_800 else { return nil }
            return (iso(seconds), seconds)
        }
        let bytes = Array(trimmed.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Double(PolicyDate(year: year, month: month, day: day).daysSince1970) * 86_400
        var index = 10
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " "),
                let hour = number((index + 1)..<(index + 3)), bytes.count > index + 5, bytes[index + 3] == UInt8(ascii: ":"),
                let minute = number((index + 4)..<(index + 6)), hour < 24, minute < 60
            else { return nil }
            seconds += Double(hour * 3600 + minute * 60)
            index += 6
            if index < bytes.count && bytes[index] == UInt8(ascii: ":") {
                guard let second = number((index + 1)..<(index + 3)), second < 61 else { return nil }
                seconds += Double(second)
                index += 3
            }
            if index < bytes.count && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")) {
                var scale = 0.1
                index += 1
                while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                    seconds += Double(bytes[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                }
            }
            if index < bytes.count {
                if bytes[index] == UInt8(ascii: "Z") && index == bytes.count - 1 {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    let sign: Double = bytes[index] == UInt8(ascii: "+") ? 1 : -1
                    guard let offsetHours = number((index + 1)..<(index + 3)) else { return nil }
                    var rest = index + 3
                    if rest < bytes.count && bytes[rest] == UInt8(ascii: ":") { rest += 1 }
                    let offsetMinutes = rest < bytes.count ? number(rest..<(rest + 2)) : 0
                    guard let offsetMinutes, rest + (rest < bytes.count ? 2 : 0) == bytes.count else { return nil }
                    seconds -= sign * Double(offsetHours * 3600 + offsetMinutes * 60)
                    index = bytes.count
                } else {
                    return nil
                }
            }
        }
        return (iso(seconds), seconds)
    }

    /// ISO 8601 in UTC, to the second.
    public static func iso(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let remainder = whole - days * 86_400
        let date = PolicyDate(daysSince1970: days)
        let (year, month, day) = (date.year, date.month, date.day)
        let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(remainder / 3600, 2)):\(pad(remainder % 3600 / 60, 2)):\(pad(remainder % 60, 2))Z"
    }

}
