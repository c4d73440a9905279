import Foundation
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardScan

/// The triage measured on labelled reviews (`corpora/reviews/<lang>.jsonl`, each line a review with
/// `expect: {reply, report, topics}`): precision and recall of `reply` and `report`, and topic accuracy, per
/// language (the file's name) and overall.
public struct TriageEvaluation: Sendable {
    /// Counts for one language or the total.
    public struct Counts: Sendable {
        public var reviews = 0
        public var reply = Tally()
        public var report = Tally()
        /// Reviews whose topic set is exactly the labelled one.
        public var topicsExact = 0
        /// Topic labels over all reviews (micro-averaged).
        public var topics = Tally()
        public var signals: [String: Tally] = [:]
        public var byTopic: [String: Tally] = [:]

        mutating func add(_ other: Counts) {
            reviews += other.reviews
            reply.add(other.reply)
            report.add(other.report)
            topicsExact += other.topicsExact
            topics.add(other.topics)
            for (signal, tally) in other.signals { signals[signal, default: Tally()].add(tally) }
            for (topic, tally) in other.byTopic { byTopic[topic, default: Tally()].add(tally) }
        }

        public var topicAccuracy: Double { reviews == 0 ? 1 : Double(topicsExact) / Double(reviews) }
    }

    /// True and false positives and false negatives of one decision.
    public struct Tally: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        mutating func count(expected: Bool, got: Bool) {
            if expected && got { truePositives += 1 } else if got { falsePositives += 1 } else if expected { falseNegatives += 1 }
        }

        mutating func add(_ other: Tally) {
            truePositives += other.truePositives
            falsePositives += other.falsePositives
            falseNegatives += other.falseNegatives
        }

        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    /// A review the triage got wrong, for `--misses`.
    public struct Miss: Sendable {
        public var id: String
        public var what: String
        public var text: String
    }

    public var byLanguage: [String: Counts] = [:]
    public var misses: [Miss] = []
    public var errors: [SkipReason] = []

    public var total: Counts {
        var total = Counts()
        for counts in byLanguage.values { total.add(counts) }
        return total
    }

    /// Triages every labelled review of the files and compares with the labels.
    public static func run(files: [String], triager: ReviewTriager) throws -> TriageEvaluation {
        var evaluation = TriageEvaluation()
        let columns = ReviewColumns()
        for path in files {
            let language = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let expect = Self.labels(object) else {
                    evaluation.errors.append(SkipReason(file: path, line: index + 1, reason: "not a JSON object with expect: {reply, report, topics}"))
                    continue
                }
                switch columns.review(RawRecord(file: path, line: index + 1, fields: JSONFields.strings(object))) {
                case .failure(let skip): evaluation.errors.append(skip)
                case .success(let review): evaluation.compare(triager.triage(review), with: expect, language: language)
                }
            }
        }
        return evaluation
    }

    private mutating func compare(_ item: TriageItem, with expect: (reply: Bool, report: Set<String>, topics: Set<String>), language: String) {
        var counts = byLanguage[language] ?? Counts()
        counts.reviews += 1
        let replied = item.actions.contains(.reply)
        counts.reply.count(expected: expect.reply, got: replied)
        let signals = Set(item.signals.map(\.id))
        counts.report.count(expected: !expect.report.isEmpty, got: !signals.isEmpty)
        for signal in expect.report.union(signals) {
            counts.signals[signal, default: Tally()].count(expected: expect.report.contains(signal), got: signals.contains(signal))
        }
        let topics = Set(item.topics)
        if topics == expect.topics { counts.topicsExact += 1 }
        for topic in expect.topics.union(topics) {
            counts.topics.count(expected: expect.topics.contains(topic), got: topics.contains(topic))
            counts.byTopic[topic, default: Tally()].count(expected: expect.topics.contains(topic), got: topics.contains(topic))
        }
        byLanguage[language] = counts
        var wrong: [String] = []
        if replied != expect.reply { wrong.append("reply \(replied) (expected \(expect.reply))\(item.replyFindings.isEmpty ? "" : ": " + item.replyFindings.map(\.rule).joined(separator: ","))") }
        if signals != expect.report { wrong.append("report \(signals.sorted()) (expected \(expect.report.sorted()))") }
        if topics != expect.topics { wrong.append("topics \(topics.sorted()) (expected \(expect.topics.sorted()))") }
        if !wrong.isEmpty {
            misses.append(Miss(id: item.review.id, what: wrong.joined(separator: "; "), text: item.review.text + (item.review.reply.map { "  || reply: " + $0 } ?? "")))
        }
    }

    /// The `expect` labels of a corpus line.
    private static func labels(_ object: [String: Any]) -> (reply: Bool, report: Set<String>, topics: Set<String>)? {
        guard let expect = object["expect"] as? [String: Any], let reply = expect["reply"] as? Bool else { return nil }
        return (reply, Set(expect["report"] as? [String] ?? []), Set(expect["topics"] as? [String] ?? []))
    }
}
