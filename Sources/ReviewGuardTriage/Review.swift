import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardText

/// One buyer review of a review export, with its columns interpreted.
public struct Review: Sendable {
    /// The review id, or `file:line` when the export has none.
    public var id: String
    public var file: String
    public var line: Int
    public var store: String?
    public var sku: String?
    public var order: String?
    /// 1–5 stars.
    public var rating: Int
    /// The review text; empty for a rating without words.
    public var text: String
    /// The review time as ISO 8601 (UTC) and its calendar date; nil when the export has none.
    public var time: String?
    public var date: PolicyDate?
    /// The seller's public reply, if any, and its time.
    public var reply: String?
    public var replyTime: String?
    /// The language the export says the review is in (a hint).
    public var language: String?

    public init(id: String, file: String, line: Int, store: String? = nil, sku: String? = nil, order: String? = nil, rating: Int, text: String,
                time: String? = nil, date: PolicyDate? = nil, reply: String? = nil, replyTime: String? = nil, language: String? = nil) {
        self.id = id
        self.file = file
        self.line = line
        self.store = store
        self.sku = sku
        self.order = order
        self.rating = rating
        self.text = text
        self.time = time
        self.date = date
        self.reply = reply
        self.replyTime = replyTime
        self.language = language
    }
}

/// Which columns of a review export hold which field: common names are recognized, flags override them.
public struct ReviewColumns: Sendable {
    public static let defaults: [String: [String]] = [
        "id": ["id", "review_id", "reviewid", "comment_id", "rating_id"],
        "store": ["store", "shop", "store_id", "shop_id", "shop_name", "store_name", "seller_id"],
        "sku": ["sku", "product", "product_id", "sku_id", "item", "item_id", "product_name", "asin"],
        "order": ["order", "order_id", "order_no", "order_number", "orderid"],
        "rating": ["rating", "stars", "star", "score", "star_rating", "rating_star"],
        "text": ["text", "review", "content", "comment", "review_text", "body", "review_content"],
        "time": ["review_time", "time", "created_at", "date", "timestamp", "create_time", "reviewed_at"],
        "reply": ["reply", "seller_reply", "response", "reply_text", "seller_response", "reply_content"],
        "reply_time": ["reply_time", "response_time", "replied_at", "reply_at", "seller_reply_time"],
        "language": ["lang", "language", "locale"],
    ]

    public var columns: [String: [String]]

    /// - Parameter overrides: field name to column name, e.g. `["rating": "stars_given"]`.
    public init(overrides: [String: String] = [:]) {
        var columns = Self.defaults
        for (field, column) in overrides { columns[field] = [column.lowercased()] }
        self.columns = columns
    }

    private func value(_ field: String, in raw: RawRecord) -> String? { raw.value(columns[field] ?? []) }

    private func hasColumn(_ field: String, in raw: RawRecord) -> Bool {
        (columns[field] ?? []).contains { raw.fields[$0] != nil }
    }

    /// Interprets a raw record, or says why it cannot be triaged.
    public func review(_ raw: RawRecord) -> Result<Review, SkipReason> {
        let skip = { (reason: String) in Result<Review, SkipReason>.failure(SkipReason(file: raw.file, line: raw.line, reason: reason)) }
        if let problem = raw.problem { return skip(problem) }
        guard let ratingText = value("rating", in: raw) else {
            return skip("no rating (expected a column: \((columns["rating"] ?? []).joined(separator: ", ")))")
        }
        guard let rating = Self.rating(ratingText) else { return skip("unreadable rating '\(ratingText)' (expected 1 to 5 stars)") }
        let text = value("text", in: raw) ?? ""
        if text.isEmpty && !hasColumn("text", in: raw) {
            return skip("no review text column (expected one of: \((columns["text"] ?? []).joined(separator: ", ")))")
        }
        var time: (iso: String, seconds: Double)?
        if let timeText = value("time", in: raw) {
            guard let parsed = TimeParser.parse(timeText) else {
                return skip("unreadable review time '\(timeText)' (expected ISO 8601 or Unix seconds/milliseconds)")
            }
            time = parsed
        }
        var replyTime: String?
        if let replyTimeText = value("reply_time", in: raw) {
            guard let parsed = TimeParser.parse(replyTimeText) else {
                return skip("unreadable reply time '\(replyTimeText)' (expected ISO 8601 or Unix seconds/milliseconds)")
            }
            replyTime = parsed.iso
        }
        return .success(Review(
            id: value("id", in: raw) ?? "\(raw.file):\(raw.line)", file: raw.file, line: raw.line,
            store: value("store", in: raw), sku: value("sku", in: raw), order: value("order", in: raw),
            rating: rating, text: text, time: time?.iso, date: time.map { PolicyDate(secondsSince1970: $0.seconds) },
            reply: value("reply", in: raw), replyTime: replyTime, language: value("language", in: raw)))
    }

    /// A rating as exports write it: `1`, `2.0`, `4/5`, `3 stars`, `★★☆☆☆`. Half stars round up, as platforms show them.
    static func rating(_ text: String) -> Int? {
        let trimmed = text.trimmedOfWhitespace
        let stars = trimmed.filter { $0 == "★" || $0 == "⭐" }.count
        if stars > 0 { return stars <= 5 ? stars : nil }
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let value = Double(number), value >= 1, value <= 5 else { return nil }
        let rest = String(trimmed.dropFirst(number.count)).trimmedOfWhitespace.lowercased()
        guard rest.isEmpty || rest == "/5" || rest.hasPrefix("star") || rest == "/ 5" else { return nil }
        return Int(value.rounded(.up))
    }
}
