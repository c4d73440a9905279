import ReviewGuardText
import ReviewGuardRules

/// One message of a chat export, with its columns interpreted.
public struct ChatRecord: Sendable {
    /// The input's id, or `file:line` when there is none.
    public var id: String
    public var file: String
    public var line: Int
    public var store: String?
    public var conversation: String?
    public var order: String?
    public var buyer: String?
    public var sender: Sender
    /// The time as ISO 8601 (UTC when the input was Unix time), and as seconds since 1970 for ordering.
    public var time: String?
    public var timestamp: Double?
    public var text: String
    public var kind: MessageKind
    public var language: String?
    public var invalidUTF8: Int
}

/// Which input columns hold which field: common names are recognized, and flags or a mapping file override them.
public struct ColumnMapping: Sendable {
    public static let defaults: [String: [String]] = [
        "id": ["id", "message_id", "msg_id", "messageid"],
        "store": ["store", "shop", "store_id", "shop_id", "shop_name", "store_name", "seller_id"],
        "conversation": ["conversation", "conversation_id", "chat_id", "thread", "thread_id", "session_id"],
        "order": ["order", "order_id", "order_no", "order_number", "orderid"],
        "buyer": ["buyer", "buyer_id", "customer", "customer_id", "user_id"],
        "sender": ["sender", "role", "from", "sender_role", "author", "direction"],
        "time": ["time", "timestamp", "created_at", "sent_at", "date", "datetime", "create_time"],
        "text": ["text", "message", "content", "body", "msg", "message_text"],
        "kind": ["kind", "type", "message_type", "channel"],
        "language": ["lang", "language", "locale"],
    ]

    public var columns: [String: [String]]

    public init(overrides: [String: String] = [:]) {
        var columns = Self.defaults
        for (field, column) in overrides { columns[field] = [column.lowercased()] }
        self.columns = columns
    }

    func value(_ field: String, in raw: RawRecord) -> String? { raw.value(columns[field] ?? []) }

    /// Interprets a raw record, or says why it cannot be scanned.
    public func record(_ raw: RawRecord) -> Result<ChatRecord, SkipReason> {
        if let problem = raw.problem { return .failure(SkipReason(file: raw.file, line: raw.line, reason: problem)) }
        guard let text = value("text", in: raw) else {
            let expected = (columns["text"] ?? []).joined(separator: ", ")
            return .failure(SkipReason(file: raw.file, line: raw.line, reason: "no message text (expected a column: \(expected))"))
        }
        let senderText = value("sender", in: raw)
        guard let sender = senderText.map(Self.sender(from:)) ?? .seller else {
            return .failure(SkipReason(file: raw.file, line: raw.line, reason: "unknown sender '\(senderText ?? "")' (expected seller or buyer)"))
        }
        let kindText = value("kind", in: raw)?.lowercased()
        let kind = kindText.flatMap { MessageKind(rawValue: $0) } ?? .chat
        var time: String?
        var timestamp: Double?
        if let timeText = value("time", in: raw) {
            guard let parsed = TimeParser.parse(timeText) else {
                return .failure(SkipReason(file: raw.file, line: raw.line, reason: "unreadable time '\(timeText)' (expected ISO 8601 or Unix seconds/milliseconds)"))
            }
            time = parsed.iso
            timestamp = parsed.seconds
        }
        return .success(ChatRecord(
            id: value("id", in: raw) ?? "\(raw.file):\(raw.line)", file: raw.file, line: raw.line,
            store: value("store", in: raw), conversation: value("conversation", in: raw),
            order: value("order", in: raw), buyer: value("buyer", in: raw), sender: sender, time: time,
            timestamp: timestamp, text: text, kind: kind, language: value("language", in: raw),
            invalidUTF8: raw.invalidUTF8))
    }

    static func sender(from text: String) -> Sender? {
        switch text.trimmedOfWhitespace.lowercased() {
        case "seller", "shop", "store", "merchant", "agent", "cs", "support", "staff", "admin", "vendor", "outbound", "out":
            return .seller
        case "buyer", "customer", "user", "client", "shopper", "inbound", "in":
            return .buyer
        default: return nil
        }
    }
}

/// A record that was read but not scanned, and why.
public struct SkipReason: Error, Sendable {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }
}
