extension String {
    /// The string without leading and trailing whitespace (without Foundation, which most targets do not import).
    public var trimmedOfWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
