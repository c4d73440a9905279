import ReviewGuardText

extension NormalizedText {
    /// The `normalize --format json` document: every token with its original excerpt and spans.
    public func json() -> JSON {
        var members: [(String, JSON)] = [
            ("normalized", .string(text)),
            ("tokens", .array(tokens.map(tokenJSON))),
        ]
        if invalidUTF8Count > 0 { members.append(("invalidUTF8", .int(invalidUTF8Count))) }
        return .object(members)
    }

    private func tokenJSON(_ token: Token) -> JSON {
        let characters = characterRange(token.span)
        var members: [(String, JSON)] = [("text", .string(token.text))]
        if token.folded != token.text { members.append(("folded", .string(token.folded))) }
        members += [
            ("original", .string(String(excerpt(token.span)))),
            ("start", .int(characters.lowerBound)),
            ("end", .int(characters.upperBound)),
            ("utf8Start", .int(token.span.start)),
            ("utf8End", .int(token.span.end)),
            ("kind", .string(token.kind.rawValue)),
            ("script", .string(token.scripts.isEmpty ? "Zyyy" : token.scripts.joined(separator: "+"))),
            ("sentence", .int(token.sentence)),
            ("transforms", .array(token.transforms.names.map(JSON.string))),
        ]
        return .object(members)
    }
}
