import Dispatch
import ReviewGuardRules
import Synchronization

/// The batch scan: reads exports record by record, checks seller messages with the same engine as `check`
/// (in parallel batches, results in input order whatever the number of jobs), tracks review requests per
/// order, and hands every finding to the caller as it goes, so memory stays flat however large the input.
public final class Scanner {
    public struct Options: Sendable {
        public var mapping = ColumnMapping()
        public var jobs = 1
        /// Stop at the first record that cannot be scanned.
        public var strict = false
        /// `jsonl` or `csv` when the file name does not say; nil: guess from the first byte.
        public var inputFormat: String?
        public var delimiter: UInt8?
        public var maxRecordBytes = ExportReader.defaultMaxRecordBytes
        public var batchSize = 2048

        public init() {}
    }

    private let checkers: [Checker]
    private let options: Options
    /// Records a job takes at a time.
    private static let chunk = 32
    /// Categories of violations that are also requests for a review.
    private static let requestCategories: Set<String> = ["review-request", "positive-review-request", "review-incentive", "review-gating"]

    public init(rules: RuleSet, profile: String, asOf date: PolicyDate, options: Options) throws {
        self.options = options
        checkers = try (0..<max(1, options.jobs)).map { _ in try Checker(rules: rules, profile: profile, asOf: date) }
    }

    /// Scans the files (`-` is standard input) and calls `emit` with every finding: text findings in input order,
    /// then the conversation findings. `progress` is called with the records read so far.
    public func run(files: [String], emit: (ScanFinding) throws -> Void, progress: ((Int, Int) -> Void)? = nil) throws -> ScanSummary {
        try withoutActuallyEscaping(emit) { emit in
            var state = RunState()
            let start = DispatchTime.now().uptimeNanoseconds
            let reader = ExportReader(inputFormat: options.inputFormat, delimiter: options.delimiter, maxRecordBytes: options.maxRecordBytes)
            for path in files {
                state.summary.files.append(path)
                let bytes = try reader.read(path) { record, bytes in
                    state.batch.append(record)
                    if state.batch.count >= self.options.batchSize {
                        try self.process(&state, emit: emit)
                        progress?(state.summary.recordsRead, state.summary.bytesRead + bytes)
                    }
                }
                try process(&state, emit: emit)
                state.summary.bytesRead += bytes
            }
            for finding in state.tracker.findings() {
                state.summary.count(finding)
                try emit(finding)
            }
            state.summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return state.summary
        }
    }

    /// What a run accumulates: the summary, the review requests per order, the batch being filled.
    private struct RunState {
        var summary = ScanSummary()
        var tracker = ConversationTracker()
        var batch: [RawRecord] = []
    }

    private func process(_ state: inout RunState, emit: (ScanFinding) throws -> Void) throws {
        guard !state.batch.isEmpty else { return }
        let batch = state.batch
        state.batch.removeAll(keepingCapacity: true)
        // Parsing, column mapping and checking run in parallel slices; the results keep the input order.
        var records = [Result<ChatRecord, SkipReason>](repeating: .failure(SkipReason(file: "", line: 0, reason: "")), count: batch.count)
        var results = [[Finding]](repeating: [], count: batch.count)
        let jobs = min(checkers.count, max(1, batch.count / Self.chunk))
        let mapping = options.mapping
        // Jobs take the next chunk of records as they finish one: messages differ in length and cost, and equal
        // fixed slices would leave one core idle while the other finishes its share.
        let nextChunk = Atomic<Int>(0)
        records.withUnsafeMutableBufferPointer { recordBuffer in
            results.withUnsafeMutableBufferPointer { resultBuffer in
                nonisolated(unsafe) let recordOutput = recordBuffer
                nonisolated(unsafe) let resultOutput = resultBuffer
                nonisolated(unsafe) let checkers = self.checkers
                DispatchQueue.concurrentPerform(iterations: jobs) { job in
                    let checker = checkers[job]
                    while true {
                        let start = nextChunk.wrappingAdd(Self.chunk, ordering: .relaxed).oldValue
                        guard start < batch.count else { break }
                        for index in start..<min(batch.count, start + Self.chunk) {
                            let result = mapping.record(batch[index].parsed())
                            recordOutput[index] = result
                            guard case .success(let record) = result, record.sender == .seller else { continue }
                            resultOutput[index] = checker.check(
                                record.text, kind: record.kind, sender: .seller, language: record.language, includeSignals: true)
                        }
                    }
                }
            }
        }
        for (index, result) in records.enumerated() {
            state.summary.recordsRead += 1
            switch result {
            case .failure(let skip):
                if options.strict { throw ScanError.badRecord(path: skip.file, line: skip.line, reason: skip.reason) }
                state.summary.skipped.append(skip)
            case .success(let record):
                state.summary.recordsScanned += 1
                if record.invalidUTF8 > 0 { state.summary.recordsWithInvalidUTF8 += 1 }
                guard record.sender == .seller else {
                    state.summary.buyerMessages += 1
                    continue
                }
                state.summary.sellerMessages += 1
                let findings = results[index]
                if let request = findings.first(where: { Self.requestCategories.contains($0.category) }) {
                    state.tracker.add(record, request: request)
                }
                for finding in findings where !finding.isSignal {
                    let scanFinding = ScanFinding(
                        record: record, rule: finding.rule, category: finding.category, severity: finding.severity,
                        message: finding.message, start: finding.characters.lowerBound, end: finding.characters.upperBound,
                        excerpt: finding.excerpt, obfuscated: finding.obfuscated, suggestion: finding.suggestion)
                    state.summary.count(scanFinding)
                    try emit(scanFinding)
                }
            }
        }
    }
}
