import Foundation
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardText

/// The scan benchmark: end to end (read, parse, normalize, all rules, JSON Lines out) against a same-run
/// baseline of ICU's NFKC_Casefold alone over the same messages, on one core and on `jobs` cores.
enum ScanBenchmark {
    static func run(path: String, jobs: Int) throws {
        let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
        print("export: \(path), \(String(format: "%.1f", size / 1e6)) MB")

        // Baseline: read and split the file, parse each JSON line, NFKC_Casefold its text with ICU.
        var start = DispatchTime.now().uptimeNanoseconds
        var characters = 0
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        for line in data.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["content"] as? String else { continue }
            characters += (try? ICU.nfkcCasefold(Array(text.utf16)).count) ?? 0
        }
        let baseline = size / 1e6 / seconds(since: start)
        print(String(format: "ICU NFKC_Casefold alone (read, parse, normalize): %8.1f MB/s", baseline))

        guard let lexicons = LexiconDirectory.locate() else { throw InputError.unreadable(path: "lexicons", reason: "not found") }
        let rules = try RuleSet.load(directory: lexicons)
        var digests: [Int: Int] = [:]
        for jobCount in [1, jobs] {
            var options = Scanner.Options()
            options.jobs = jobCount
            let scanner = try Scanner(rules: rules, profile: "default", asOf: .today, options: options)
            var hasher = Hasher()
            var findings = 0
            start = DispatchTime.now().uptimeNanoseconds
            let summary = try scanner.run(files: [path], emit: { finding in
                let line = finding.json.serialized()  // what --format jsonl writes
                hasher.combine(line)
                findings += 1
            })
            let rate = size / 1e6 / seconds(since: start)
            digests[jobCount] = hasher.finalize()
            print(String(format: "scan, %d job(s): %8.2f MB/s (%.1fx slower than ICU alone), %d records, %d findings",
                         jobCount, rate, baseline / rate, summary.recordsRead, findings))
        }
        print("identical results for 1 and \(jobs) jobs: \(Set(digests.values).count == 1 ? "yes" : "NO")")
    }

    static func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}
