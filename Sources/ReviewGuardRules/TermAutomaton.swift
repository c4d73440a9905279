/// Aho-Corasick over UTF-8 bytes: every term of every language is found in one pass, in time linear in the text
/// plus the matches (no backtracking on user text). Transitions are stored per node as a sorted run of a flat
/// array, so the hot loop does no hashing.
struct TermAutomaton: Sendable {
    /// Node `n`'s edges are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`, sorted, with targets alongside.
    private var edgeStart: [Int32] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var rootEdges = [Int32](repeating: 0, count: 256)
    private var failure: [Int32] = []
    /// Node `n`'s pattern ids are `outputIDs[outputStart[n]..<outputStart[n + 1]]`: one flat array, so the scan
    /// does not load an array header (a cache miss) for every byte of the text.
    private var outputStart: [Int32] = []
    private var outputIDs: [Int32] = []
    /// The nearest node down the failure chain that has outputs, or -1.
    private var outputLink: [Int32] = []
    private var nodes: [Node] = []

    init(patterns: [[UInt8]]) {
        // Build the trie with a dictionary, then freeze it into sorted edge runs.
        var trie: [[UInt8: Int32]] = [[:]]
        var outputs: [[Int32]] = [[]]
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var node = 0
            for byte in pattern {
                if let next = trie[node][byte] {
                    node = Int(next)
                } else {
                    trie.append([:])
                    outputs.append([])
                    trie[node][byte] = Int32(trie.count - 1)
                    node = trie.count - 1
                }
            }
            outputs[node].append(Int32(id))
        }
        setOutputs(outputs)
        edgeStart.reserveCapacity(trie.count + 1)
        for children in trie {
            edgeStart.append(Int32(edgeBytes.count))
            for (byte, target) in children.sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
        }
        edgeStart.append(Int32(edgeBytes.count))
        for (byte, target) in trie[0] { rootEdges[Int(byte)] = target }
        failure = Array(repeating: 0, count: trie.count)
        outputLink = Array(repeating: -1, count: trie.count)
        buildFailureLinks()
        nodes = Self.nodes(edgeStart: edgeStart, failure: failure, outputStart: outputStart, outputLink: outputLink)
    }

    private mutating func buildFailureLinks() {
        var queue: [Int32] = []
        for index in Int(edgeStart[0])..<Int(edgeStart[1]) { queue.append(edgeTargets[index]) }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            for index in Int(edgeStart[node])..<Int(edgeStart[node + 1]) {
                let byte = edgeBytes[index]
                let child = Int(edgeTargets[index])
                var target: Int32 = 0
                if node != 0 {
                    var fallback = Int(failure[node])
                    while true {
                        if let next = step(from: fallback, byte) {
                            target = next
                            break
                        }
                        if fallback == 0 { break }
                        fallback = Int(failure[fallback])
                    }
                }
                failure[child] = target
                outputLink[child] = hasOutputs(Int(target)) ? target : outputLink[Int(target)]
                queue.append(Int32(child))
            }
        }
    }

    private mutating func setOutputs(_ outputs: [[Int32]]) {
        outputStart = [0]
        outputStart.reserveCapacity(outputs.count + 1)
        for ids in outputs {
            outputIDs.append(contentsOf: ids)
            outputStart.append(Int32(outputIDs.count))
        }
    }

    @inline(__always)
    private func hasOutputs(_ node: Int) -> Bool { outputStart[node] < outputStart[node + 1] }

    /// The largest pattern id the automaton reports (-1 when empty).
    var largestPatternID: Int { outputIDs.max().map(Int.init) ?? -1 }

    /// Writes the automaton for the compiled-lexicon cache.
    func write(to writer: inout BinaryWriter) {
        writer.int32s(edgeStart)
        writer.uint8s(edgeBytes)
        writer.int32s(edgeTargets)
        writer.int32s(rootEdges)
        writer.int32s(failure)
        writer.int32s(outputLink)
        writer.int32s(zip(outputStart, outputStart.dropFirst()).map { $1 - $0 })
        writer.int32s(outputIDs)
    }

    /// Reads an automaton written by `write(to:)`, or nil when the data is inconsistent.
    init?(reading reader: inout BinaryReader) {
        guard let edgeStart = reader.int32s(), let edgeBytes = reader.uint8s(), let edgeTargets = reader.int32s(),
            let rootEdges = reader.int32s(), let failure = reader.int32s(), let outputLink = reader.int32s(),
            let outputCounts = reader.int32s(), let outputIDs = reader.int32s(),
            rootEdges.count == 256, edgeStart.count == failure.count + 1, outputLink.count == failure.count,
            outputCounts.count == failure.count, edgeBytes.count == edgeTargets.count,
            Int(edgeStart.last ?? -1) == edgeBytes.count, outputCounts.reduce(0, { $0 + Int($1) }) == outputIDs.count
        else { return nil }
        let nodeCount = Int32(failure.count)
        guard edgeTargets.allSatisfy({ $0 >= 0 && $0 < nodeCount }), failure.allSatisfy({ $0 >= 0 && $0 < nodeCount }),
            rootEdges.allSatisfy({ $0 >= 0 && $0 < nodeCount }), outputLink.allSatisfy({ $0 >= -1 && $0 < nodeCount }),
            zip(edgeStart, edgeStart.dropFirst()).allSatisfy({ $0 >= 0 && $0 <= $1 })
        else { return nil }
        self.edgeStart = edgeStart
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.rootEdges = rootEdges
        self.failure = failure
        self.outputLink = outputLink
        guard outputCounts.allSatisfy({ $0 >= 0 }) else { return nil }
        var outputStart: [Int32] = [0]
        outputStart.reserveCapacity(outputCounts.count + 1)
        for count in outputCounts { outputStart.append(outputStart.last! + count) }
        self.outputStart = outputStart
        self.outputIDs = outputIDs
        nodes = Self.nodes(edgeStart: edgeStart, failure: failure, outputStart: outputStart, outputLink: outputLink)
    }

    @inline(__always)
    private func step(from node: Int, _ byte: UInt8) -> Int32? {
        if node == 0 {
            let next = rootEdges[Int(byte)]
            return next == 0 ? nil : next
        }
        return Self.target(of: byte, among: Int(edgeStart[node])..<Int(edgeStart[node + 1]), edgeBytes, edgeTargets)
    }

    /// The target of the edge labelled `byte` among a node's sorted edges, or nil (a binary search).
    @inline(__always)
    private static func target<Bytes: RandomAccessCollection<UInt8>, Targets: RandomAccessCollection<Int32>>(
        of byte: UInt8, among edges: Range<Int>, _ bytes: Bytes, _ targets: Targets
    ) -> Int32? where Bytes.Index == Int, Targets.Index == Int {
        var low = edges.lowerBound
        var high = edges.upperBound
        while low < high {
            let mid = (low + high) >> 1
            let value = bytes[mid]
            if value == byte { return targets[mid] }
            if value < byte { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// What the scan reads of a node, side by side: one cache line instead of one per array.
    struct Node {
        var edgeStart: Int32
        var edgeEnd: Int32
        var failure: Int32
        /// The node whose outputs to report first (itself or the next one down its failure chain), or -1.
        var output: Int32
    }

    /// The nodes laid out for the scan (built once, from the arrays above).
    private static func nodes(edgeStart: [Int32], failure: [Int32], outputStart: [Int32], outputLink: [Int32]) -> [Node] {
        failure.indices.map { node in
            let hasOutputs = outputStart[node] < outputStart[node + 1]
            return Node(edgeStart: edgeStart[node], edgeEnd: edgeStart[node + 1], failure: failure[node],
                        output: hasOutputs ? Int32(node) : outputLink[node])
        }
    }

    /// Calls `found(patternID, end)` for every occurrence of every pattern; `end` is exclusive.
    func scan(_ bytes: [UInt8], _ found: (Int, Int) -> Void) {
        bytes.withUnsafeBufferPointer { text in
            nodes.withUnsafeBufferPointer { nodes in
                edgeBytes.withUnsafeBufferPointer { edgeBytes in
                    edgeTargets.withUnsafeBufferPointer { edgeTargets in
                        rootEdges.withUnsafeBufferPointer { rootEdges in
                            var node = 0
                            for position in 0..<text.count {
                                let byte = text[position]
                                while true {
                                    if node == 0 {
                                        node = Int(rootEdges[Int(byte)])
                                        break
                                    }
                                    let current = nodes[node]
                                    let edges = Int(current.edgeStart)..<Int(current.edgeEnd)
                                    if let next = Self.target(of: byte, among: edges, edgeBytes, edgeTargets) {
                                        node = Int(next)
                                        break
                                    }
                                    node = Int(current.failure)
                                }
                                var output = Int(nodes[node].output)
                                while output > 0 {
                                    for index in Int(outputStart[output])..<Int(outputStart[output + 1]) {
                                        found(Int(outputIDs[index]), position + 1)
                                    }
                                    output = Int(outputLink[output])
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
