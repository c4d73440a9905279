extension String {
    /// The string without leading and trailing whitespace (without Foundation, which most targets do not import).
    public var trimmedOfWhitespace: String {
        // Most values start and end with a visible ASCII character: nothing to trim, and no need to walk Characters
        // (a Character is whitespace by its first scalar, and an ASCII scalar other than LF starts a Character).
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !Self.isASCIIWhitespace(first),
            !Self.isASCIIWhitespace(last)
        {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
