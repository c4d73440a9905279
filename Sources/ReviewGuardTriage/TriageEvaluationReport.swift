import ReviewGuardIO

/// Prints a triage evaluation as a table per language or as JSON.
public enum TriageEvaluationReport {
    public static func table(_ evaluation: TriageEvaluation, misses: Bool) -> String {
        let f = { (value: Double) in String(format: "%.3f", value) }
        var lines = ["lang  reviews  reply P  reply R  report P  report R  topics exact  topic P  topic R"]
        func row(_ name: String, _ c: TriageEvaluation.Counts) -> String {
            [name.padded(6) + String(c.reviews).padded(9), f(c.reply.precision).padded(9), f(c.reply.recall).padded(9),
             f(c.report.precision).padded(10), f(c.report.recall).padded(10), f(c.topicAccuracy).padded(14),
             f(c.topics.precision).padded(9), f(c.topics.recall)].joined()
        }
        for language in evaluation.byLanguage.keys.sorted() { lines.append(row(language, evaluation.byLanguage[language]!)) }
        let total = evaluation.total
        lines.append(row("all", total))
        lines.append("")
        lines.append("signal          P      R      (tp fp fn)")
        for (signal, tally) in total.signals.sorted(by: { $0.key < $1.key }) {
            lines.append(signal.padded(14) + f(tally.precision).padded(7) + f(tally.recall).padded(7) + "(\(tally.truePositives) \(tally.falsePositives) \(tally.falseNegatives))")
        }
        lines.append("")
        lines.append("topic           P      R      (tp fp fn)")
        for (topic, tally) in total.byTopic.sorted(by: { $0.key < $1.key }) {
            lines.append(topic.padded(16) + f(tally.precision).padded(7) + f(tally.recall).padded(7) + "(\(tally.truePositives) \(tally.falsePositives) \(tally.falseNegatives))")
        }
        if misses {
            lines.append("")
            lines += evaluation.misses.map { "\($0.id): \($0.what)\n    \($0.text.replacingNewlines())" }
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ evaluation: TriageEvaluation) -> JSON {
        func counts(_ c: TriageEvaluation.Counts) -> JSON {
            .object([
                ("reviews", .int(c.reviews)), ("replyPrecision", .double(c.reply.precision)), ("replyRecall", .double(c.reply.recall)),
                ("reportPrecision", .double(c.report.precision)), ("reportRecall", .double(c.report.recall)),
                ("topicAccuracy", .double(c.topicAccuracy)), ("topicPrecision", .double(c.topics.precision)), ("topicRecall", .double(c.topics.recall)),
            ])
        }
        return .object([
            ("total", counts(evaluation.total)),
            ("byLanguage", .object(evaluation.byLanguage.keys.sorted().map { ($0, counts(evaluation.byLanguage[$0]!)) })),
        ])
    }
}
