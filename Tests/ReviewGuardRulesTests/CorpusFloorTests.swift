import Foundation
import Testing
import ReviewGuardIO
import ReviewGuardRules
import TestSupport

/// The labelled corpora must not get worse: precision and recall overall and per language stay at or above the
/// floors in corpora/floors.json. `RECORD_FLOORS=1 swift test --filter corpusFloor` raises the floors to the
/// current figures (never lowers them).
@Test func corpusFloor() throws {
    let root = Executable.packageRoot
    let floorsURL = root.appendingPathComponent("corpora/floors.json")
    var errors: [RecordError] = []
    var samples: [Evaluation.Sample] = []
    let directory = root.appendingPathComponent("corpora/messages")
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".jsonl") {
        samples += try CorpusFiles.samples(path: directory.appendingPathComponent(name).path, errors: &errors)
    }
    #expect(errors.isEmpty, "unreadable corpus records: \(errors)")
    #expect(samples.count >= 1500)
    let evaluation = Evaluation.run(samples, checker: try Checker(rules: bundledRules))

    var current: [String: [String: Double]] = ["overall": ["precision": evaluation.overall.precision, "recall": evaluation.overall.recall]]
    for (language, counts) in evaluation.byLanguage { current[language] = ["precision": counts.precision, "recall": counts.recall] }
    let recorded = (try? JSONSerialization.jsonObject(with: Data(contentsOf: floorsURL))) as? [String: [String: Double]] ?? [:]

    if ProcessInfo.processInfo.environment["RECORD_FLOORS"] != nil {
        var raised = recorded
        for (name, figures) in current {
            for (metric, value) in figures {
                let floor = (value * 1000).rounded(.down) / 1000
                raised[name, default: [:]][metric] = max(raised[name]?[metric] ?? 0, floor)
            }
        }
        let data = try JSONSerialization.data(withJSONObject: raised, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: floorsURL)
        return
    }
    #expect(!recorded.isEmpty, "corpora/floors.json is missing: record it with RECORD_FLOORS=1")
    for (name, floors) in recorded {
        for (metric, floor) in floors {
            let value = try #require(current[name]?[metric], "no \(metric) for \(name)")
            #expect(value >= floor, "\(name) \(metric) fell to \(value), below the floor \(floor)")
        }
    }
}
