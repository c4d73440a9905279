import ReviewGuardText

/// Recognizes what must never be in a snapshot or a report: passwords, one-time codes, tokens, cookies. Field
/// names are judged by their words; values by their shape (a JWT, a bearer token, a long random-looking string).
public enum SecretGuard {
    /// Last words of a field name that hold a secret (`admin_password`, `otp`, `session_cookie`, `api_key`).
    static let secretWords: Set<String> = [
        "password", "passwd", "pwd", "passcode", "otp", "totp", "token", "secret", "cookie", "cookies", "authorization",
        "bearer", "pin", "cvv", "credentials", "credential",
    ]
    /// Whole field names that hold a secret although their last word is harmless.
    static let secretNames: Set<String> = [
        "api_key", "apikey", "private_key", "secret_key", "access_key", "session", "session_id", "sessionid", "sid", "2fa_code",
        "verification_code", "otp_code", "sms_code", "auth_code", "login_code", "security_code", "recovery_codes", "backup_codes",
    ]

    public static func isSecretKey(_ key: String) -> Bool {
        let lowered = key.lowercased()
        if secretNames.contains(lowered) { return true }
        let words = lowered.split { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." }
        guard let last = words.last else { return false }
        return secretWords.contains(String(last))
    }

    /// A value shaped like a credential: a JWT, `Bearer ...`, or 24+ characters without spaces mixing upper- and
    /// lowercase letters and digits (ids, IPs, SKUs and tracking numbers do not).
    public static func looksLikeToken(_ value: String) -> Bool {
        let trimmed = value.trimmedOfWhitespace
        if trimmed.hasPrefix("eyJ") && trimmed.filter({ $0 == "." }).count >= 2 { return true }
        if trimmed.lowercased().hasPrefix("bearer ") { return true }
        guard trimmed.count >= 24, !trimmed.contains(" ") else { return false }
        var upper = false, lower = false, digit = false
        for scalar in trimmed.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: upper = true
            case 0x61...0x7A: lower = true
            case 0x30...0x39: digit = true
            default: break
            }
        }
        return upper && lower && digit
    }
}
