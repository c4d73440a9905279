import Foundation
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardText

/// Throughput of the text pipeline against ICU's NFKC_Casefold alone on the same text, the check of every corpus
/// message, and the cost of one pre-send check.
struct PipelineBenchmark {
    var corpus: String?
    var megabytes: Double
    var pipelineOnly: Bool
    var templateOnly: Bool

    /// A 300-character reply template, as a support agent would check it before sending.
    static let template = "Hi {buyer_name}! Thank you so much for shopping with us 💕 Your parcel is on its way. If you love it, please leave us a 5-star review and send a screenshot to get RM5 cashback on your next order! Any problem, just chat us here first, we reply fast. Have a nice day and stay safe!!"

    func run() throws {
        guard let lexicons = LexiconDirectory.locate() else {
            throw InputError.unreadable(path: "lexicons", reason: "not found; run from the checkout or set REVIEWGUARD_LEXICONS")
        }
        let texts = try corpusTexts(lexicons: lexicons)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        // Rates are of wall-clock time; the thread's CPU time is shown beside them because a shared machine
        // slows the wall clock more than the work.
        func measure(_ label: String, _ body: () -> Int) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.threadCPUSeconds()
            let count = body()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = Self.threadCPUSeconds() - cpuStart
            let rate = Double(bytes) / 1e6 / seconds
            print("\(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.1f MB/s  %7.3f s (CPU %7.3f s)", rate, seconds, cpu))  (\(count))")
            return rate
        }
        let normalizer = try TextNormalizer()
        var icu = 1.0
        if !templateOnly {
            icu = measure("ICU NFKC_Casefold alone") {
                var total = 0
                for text in texts { total += (try? ICU.nfkcCasefold(Array(text.utf16)).count) ?? 0 }
                return total
            }
            var tokens = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let pipeline = measure("pipeline (normalize + tokens)") {
                for text in texts { tokens += normalizer.normalize(text).tokens.count }
                return tokens
            }
            print(String(format: "tokens/s: %.0f", Double(tokens) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)))
            print(String(format: "pipeline cost / ICU alone: %.2fx (target ≤ 2x)", icu / pipeline))
        }
        if pipelineOnly { return }
        let checker = try Checker(rules: try RuleSet.load(directory: lexicons))
        if !templateOnly {
            let check = measure("check (normalize + all rules)") {
                var total = 0
                for text in texts { total += checker.check(text, kind: .chat).count }
                return total
            }
            print(String(format: "check cost / ICU alone: %.2fx", icu / check))
        }
        let rounds = templateOnly ? 200_000 : 20_000
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.threadCPUSeconds()
        var found = 0
        for _ in 0..<rounds { found += checker.check(Self.template).count }
        let perCheck = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(rounds)
        let cpuPerCheck = (Self.threadCPUSeconds() - cpuStart) * 1e6 / Double(rounds)
        print(String(format: "pre-send check of a %d-character template: %.1f µs (CPU %.1f µs; target < 50 µs), %d findings each",
                     Self.template.count, perCheck, cpuPerCheck, found / rounds))
    }

    /// CPU time of the calling thread.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Every corpus message (13 languages, chats, templates, obfuscated and plain), repeated to the size asked
    /// for; every copy after the first is a distinct string with the same text.
    private func corpusTexts(lexicons: String) throws -> [String] {
        let directory = corpus ?? URL(fileURLWithPath: lexicons).deletingLastPathComponent().appendingPathComponent("corpora/messages").path
        var errors: [RecordError] = []
        var messages: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".jsonl") {
            messages += try TextRecords.read(path: directory + "/" + name, errors: &errors).map(\.text)
        }
        guard !messages.isEmpty else { throw InputError.unreadable(path: directory, reason: "no messages in its .jsonl files") }
        let unit = messages.reduce(0) { $0 + $1.utf8.count }
        let copies = max(1, Int(megabytes * 1_000_000 / Double(max(unit, 1))))
        var texts: [String] = []
        texts.reserveCapacity(messages.count * copies)
        for copy in 0..<copies { texts += messages.map { copy == 0 ? $0 : $0 + " " } }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        print("corpus: \(texts.count) messages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, \(messages.count) distinct, 13 languages")
        return texts
    }
}
