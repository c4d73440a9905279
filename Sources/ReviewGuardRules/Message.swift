/// Who wrote a message.
public enum Sender: String, Sendable, CaseIterable {
    case seller, buyer
}

/// What kind of text a message is; rules and severities can depend on it.
public enum MessageKind: String, Sendable, CaseIterable {
    case chat, template
    case reviewReply = "review_reply"
    case packageInsert = "package_insert"
}

/// A finding's severity, ordered: info < warning < error.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
