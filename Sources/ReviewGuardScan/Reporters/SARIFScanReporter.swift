import ReviewGuardIO
import ReviewGuardRules

/// `--format sarif`: SARIF 2.1.0, for tools that read static-analysis results. Each message is a location
/// (file, line, and the character range of the finding within the message text).
final class SARIFScanReporter: ScanReporter {
    private let sink: OutputSink
    private var results: [JSON] = []
    private var rules: [String: ScanFinding] = [:]

    init(sink: OutputSink) { self.sink = sink }

    func add(_ finding: ScanFinding) {
        if rules[finding.rule] == nil { rules[finding.rule] = finding }
        results.append(.object([
            ("ruleId", .string(finding.rule)),
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string("\(finding.message) \"\(finding.excerpt)\""))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(finding.record.file))])),
                ("region", .object([("startLine", .int(finding.record.line)), ("snippet", .object([("text", .string(finding.excerpt))]))])),
            ]))])])),
            ("properties", .object([
                ("record", .string(finding.record.id)), ("category", .string(finding.category)),
                ("start", .int(finding.start)), ("end", .int(finding.end)), ("obfuscated", .bool(finding.obfuscated)),
                ("store", finding.record.store.map(JSON.string) ?? .null), ("order", finding.record.order.map(JSON.string) ?? .null),
            ])),
        ]))
    }

    func finish(_ summary: ScanSummary) {
        let descriptors: [JSON] = rules.keys.sorted().map { id in
            let example = rules[id]!
            return .object([
                ("id", .string(id)), ("name", .string(example.category)),
                ("shortDescription", .object([("text", .string(example.message))])),
                ("defaultConfiguration", .object([("level", .string(Self.level(example.severity)))])),
            ])
        }
        let document = JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("ReviewGuard")), ("informationUri", .string("https://github.com/reviewguard/reviewguard")),
                    ("rules", .array(descriptors)),
                ]))])),
                ("results", .array(results)),
            ])])),
        ])
        sink.write(document.pretty() + "\n")
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
