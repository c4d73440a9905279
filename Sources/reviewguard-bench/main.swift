// reviewguard-bench: throughput of the text pipeline against ICU's NFKC_Casefold alone on the same text, and
// the cost of one pre-send check. Run: swift run -c release reviewguard-bench [corpus-dir] [megabytes]
// The batch scan: swift run -c release reviewguard-bench scan EXPORT.jsonl [jobs]
// (make an export with scripts/generate-export.py 1000000 /tmp/export.jsonl).
import Foundation
import ReviewGuardIO
import ReviewGuardRules
import ReviewGuardText

let arguments = CommandLine.arguments
if arguments.count > 2 && arguments[1] == "scan" {
    try ScanBenchmark.run(path: arguments[2], jobs: arguments.count > 3 ? Int(arguments[3]) ?? 2 : 2)
    exit(0)
}
let megabytes = arguments.count > 2 ? Double(arguments[2]) ?? 16 : 16
guard let lexicons = LexiconDirectory.locate() else {
    print("cannot find lexicons/; run from the checkout")
    exit(2)
}
let corpusDirectory = arguments.count > 1 ? arguments[1] : URL(fileURLWithPath: lexicons).deletingLastPathComponent().appendingPathComponent("corpora/messages").path

// The benchmark text: every corpus message (13 languages, chats, templates, obfuscated and plain), repeated to size.
var errors: [RecordError] = []
var messages: [String] = []
for name in try FileManager.default.contentsOfDirectory(atPath: corpusDirectory).sorted() where name.hasSuffix(".jsonl") {
    messages += try TextRecords.read(path: corpusDirectory + "/" + name, errors: &errors).map(\.text)
}
let unit = messages.reduce(0) { $0 + $1.utf8.count }
let copies = max(1, Int(megabytes * 1_000_000 / Double(max(unit, 1))))
var corpus: [String] = []
corpus.reserveCapacity(messages.count * copies)
for copy in 0..<copies { corpus += messages.map { copy == 0 ? $0 : $0 + " " } }  // distinct strings, same text
let bytes = corpus.reduce(0) { $0 + $1.utf8.count }
print("corpus: \(corpus.count) messages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, \(messages.count) distinct, 13 languages")

func measure(_ label: String, _ body: () -> Int) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let count = body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let rate = Double(bytes) / 1e6 / seconds
    print("\(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.1f MB/s  %7.3f s", rate, seconds))  (\(count))")
    return rate
}

let templateOnly = ProcessInfo.processInfo.environment["BENCH_TEMPLATE_ONLY"] != nil
let icu = templateOnly ? 1 : measure("ICU NFKC_Casefold alone") {
    var total = 0
    for text in corpus { total += (try? ICU.nfkcCasefold(Array(text.utf16)).count) ?? 0 }
    return total
}
let normalizer = try TextNormalizer()
var tokenCount = 0
let pipelineStart = DispatchTime.now().uptimeNanoseconds
let pipeline = templateOnly ? 1 : measure("pipeline (normalize + tokens)") {
    var total = 0
    for text in corpus { total += normalizer.normalize(text).tokens.count }
    tokenCount = total
    return total
}
let pipelineSeconds = Double(DispatchTime.now().uptimeNanoseconds - pipelineStart) / 1e9
print(String(format: "tokens/s: %.0f", Double(tokenCount) / pipelineSeconds))
print(String(format: "pipeline cost / ICU alone: %.2fx (target ≤ 2x)", icu / pipeline))

if ProcessInfo.processInfo.environment["BENCH_PIPELINE_ONLY"] != nil { exit(0) }
let rules = try RuleSet.load(directory: lexicons)
let checker = try Checker(rules: rules)
let check = templateOnly ? 1 : measure("check (normalize + all rules)") {
    var total = 0
    for text in corpus { total += checker.check(text, kind: .chat).count }
    return total
}
print(String(format: "check cost / ICU alone: %.2fx", icu / check))

// One pre-send check of a 300-character template, in process.
let template = "Hi {buyer_name}! Thank you so much for shopping with us 💕 Your parcel is on its way. If you love it, please leave us a 5-star review and send a screenshot to get RM5 cashback on your next order! Any problem, just chat us here first, we reply fast. Have a nice day and stay safe!!"
let rounds = templateOnly ? 200_000 : 20_000
let start = DispatchTime.now().uptimeNanoseconds
var found = 0
for _ in 0..<rounds { found += checker.check(template).count }
let perCheck = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(rounds)
print(String(format: "pre-send check of a %d-character template: %.1f µs (target < 50 µs), %d findings each", template.count, perCheck, found / rounds))
