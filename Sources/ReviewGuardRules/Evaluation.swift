/// Precision and recall of the checker on labelled messages, per language and per category.
public struct Evaluation: Sendable {
    /// One labelled message of a corpus.
    public struct Sample: Sendable {
        public var id: String
        public var language: String
        public var kind: MessageKind
        public var sender: Sender
        public var text: String
        public var labels: Set<String>
        public var obfuscated: Bool

        public init(id: String, language: String, kind: MessageKind, sender: Sender, text: String, labels: Set<String>, obfuscated: Bool) {
            self.id = id
            self.language = language
            self.kind = kind
            self.sender = sender
            self.text = text
            self.labels = labels
            self.obfuscated = obfuscated
        }
    }

    /// True positives, false positives and false negatives, counted per (message, category).
    public struct Counts: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(expected: Bool, predicted: Bool) {
            switch (expected, predicted) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }
    }

    /// A message the checker got wrong.
    public struct Miss: Sendable {
        public var sample: Sample
        public var missing: Set<String>
        public var extra: Set<String>
    }

    public var overall = Counts()
    public var byLanguage: [String: Counts] = [:]
    public var byCategory: [String: Counts] = [:]
    public var obfuscated = Counts()
    public var misses: [Miss] = []
    public var samples = 0

    /// Runs the checker on every sample and counts.
    public static func run(_ samples: [Sample], checker: Checker) -> Evaluation {
        var evaluation = Evaluation()
        let categories = Set(checker.rules.book.rules.filter { !$0.isSignal }.map(\.category))
        for sample in samples {
            let predicted = Set(checker.check(sample.text, kind: sample.kind, sender: sample.sender, language: sample.language).map(\.category))
            evaluation.samples += 1
            for category in categories.union(sample.labels) {
                let expected = sample.labels.contains(category)
                let found = predicted.contains(category)
                evaluation.overall.add(expected: expected, predicted: found)
                evaluation.byLanguage[sample.language, default: Counts()].add(expected: expected, predicted: found)
                evaluation.byCategory[category, default: Counts()].add(expected: expected, predicted: found)
                if sample.obfuscated { evaluation.obfuscated.add(expected: expected, predicted: found) }
            }
            if predicted != sample.labels {
                evaluation.misses.append(Miss(sample: sample, missing: sample.labels.subtracting(predicted), extra: predicted.subtracting(sample.labels)))
            }
        }
        return evaluation
    }
}
