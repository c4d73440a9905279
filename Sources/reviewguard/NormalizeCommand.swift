import ArgumentParser
import ReviewGuardIO
import ReviewGuardText

/// `reviewguard normalize`: shows how the pipeline reads a text, for people writing lexicons.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalized tokens of a text with their spans in the original.",
        discussion: "Reads the text from the arguments, or from standard input when none is given."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The text to normalize (standard input when omitted).")
    var text: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let input = try text.isEmpty ? StandardInput.readAll() : Array(text.joined(separator: " ").utf8)
        let normalized = try TextNormalizer().normalize(bytes: input)
        switch format {
        case .json: print(normalized.json().pretty())
        case .text: print(table(normalized))
        }
    }

    private func table(_ normalized: NormalizedText) -> String {
        var lines = ["normalized: \(normalized.text)"]
        if normalized.invalidUTF8Count > 0 {
            lines.append("warning: \(normalized.invalidUTF8Count) invalid UTF-8 sequence(s) replaced by U+FFFD")
        }
        for token in normalized.tokens {
            let range = normalized.characterRange(token.span)
            var line = "\(range.lowerBound)..<\(range.upperBound)\t\(token.text)"
            if token.folded != token.text { line += " (\(token.folded))" }
            line += "\t\"\(normalized.excerpt(token.span))\"\t\(token.kind.rawValue)\t\(token.scripts.joined(separator: "+"))"
            if !token.transforms.names.isEmpty { line += "\t" + token.transforms.names.joined(separator: ",") }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
