import Foundation
import ReviewGuardRules

/// Labelled corpus files (`corpora/messages/*.jsonl`) read as evaluation samples.
public enum CorpusFiles {
    public static func defaultMessageFiles() throws -> [String] { try defaultFiles(in: "corpora/messages") }

    /// The `.jsonl` files of a corpus directory of the checkout (e.g. `corpora/reviews`).
    public static func defaultFiles(in corpus: String) throws -> [String] {
        guard let lexicons = LexiconDirectory.locate() else { throw InputError.unreadable(path: "corpora", reason: "cannot find the checkout") }
        let directory = URL(fileURLWithPath: lexicons).deletingLastPathComponent().appendingPathComponent(corpus)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        return names.map { directory.appendingPathComponent($0).path }
    }

    public static func samples(path: String, errors: inout [RecordError]) throws -> [Evaluation.Sample] {
        try TextRecords.read(path: path, errors: &errors).compactMap { record in
            guard let kind = MessageKind(rawValue: record.fields["kind"] ?? "chat"),
                let sender = Sender(rawValue: record.fields["sender"] ?? "seller")
            else {
                errors.append(RecordError(path: path, line: record.line, reason: "unknown kind or sender"))
                return nil
            }
            return Evaluation.Sample(
                id: record.name, language: record.fields["lang"] ?? record.fields["language"] ?? "?", kind: kind, sender: sender,
                text: record.text, labels: Set(record.labels), obfuscated: record.fields["obfuscated"] == "1")
        }
    }
}

/// Prints an evaluation as a table or JSON.
public enum EvaluationReport {
    public static func table(_ evaluation: Evaluation, misses: Bool) -> String {
        var lines: [String] = []
        func row(_ name: String, _ counts: Evaluation.Counts) -> String {
            name.padded(30) + String(format: "%6.3f  %6.3f  %6.3f  %5d %5d %5d", counts.precision, counts.recall, counts.f1,
                                     counts.truePositives, counts.falsePositives, counts.falseNegatives)
        }
        let header = "".padded(30) + "   prec  recall      f1     tp    fp    fn"
        lines.append("by language" + header.dropFirst(11))
        for (language, counts) in evaluation.byLanguage.sorted(by: { $0.key < $1.key }) { lines.append(row("  " + language, counts)) }
        lines.append("")
        lines.append("by category" + header.dropFirst(11))
        for (category, counts) in evaluation.byCategory.sorted(by: { $0.key < $1.key }) { lines.append(row("  " + category, counts)) }
        lines.append("")
        lines.append(row("obfuscated messages", evaluation.obfuscated))
        lines.append(row("overall (\(evaluation.samples) messages)", evaluation.overall))
        if misses {
            lines.append("")
            for miss in evaluation.misses {
                let missing = miss.missing.sorted().map { "-" + $0 }
                let extra = miss.extra.sorted().map { "+" + $0 }
                lines.append("\(miss.sample.id) [\((missing + extra).joined(separator: " "))] \(miss.sample.text.replacingNewlines())")
            }
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ evaluation: Evaluation) -> JSON {
        func counts(_ counts: Evaluation.Counts) -> JSON {
            .object([("precision", .double(counts.precision)), ("recall", .double(counts.recall)), ("tp", .int(counts.truePositives)),
                     ("fp", .int(counts.falsePositives)), ("fn", .int(counts.falseNegatives))])
        }
        return .object([
            ("messages", .int(evaluation.samples)),
            ("overall", counts(evaluation.overall)),
            ("obfuscated", counts(evaluation.obfuscated)),
            ("languages", .object(evaluation.byLanguage.sorted { $0.key < $1.key }.map { ($0.key, counts($0.value)) })),
            ("categories", .object(evaluation.byCategory.sorted { $0.key < $1.key }.map { ($0.key, counts($0.value)) })),
        ])
    }
}

extension String {
    /// The text padded with spaces to `width` characters (for aligned columns).
    public func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
