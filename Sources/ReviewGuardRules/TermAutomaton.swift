/// Aho-Corasick over UTF-8 bytes: every term of every language is found in one pass, in time linear in the text
/// plus the matches (no backtracking on user text).
struct TermAutomaton: Sendable {
    private var edges: [Int: Int32] = [:]
    private var rootEdges = [Int32](repeating: 0, count: 256)
    private var failure: [Int32] = [0]
    private var outputs: [[Int32]] = [[]]
    /// The nearest node down the failure chain that has outputs, or -1.
    private var outputLink: [Int32] = [-1]

    init(patterns: [[UInt8]]) {
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var node = 0
            for byte in pattern {
                let key = node << 8 | Int(byte)
                if let next = edges[key] {
                    node = Int(next)
                } else {
                    let next = failure.count
                    failure.append(0)
                    outputs.append([])
                    outputLink.append(-1)
                    edges[key] = Int32(next)
                    node = next
                }
            }
            outputs[node].append(Int32(id))
        }
        for byte in 0..<256 { rootEdges[byte] = edges[byte] ?? 0 }
        buildFailureLinks()
    }

    private mutating func buildFailureLinks() {
        var children: [[(UInt8, Int32)]] = Array(repeating: [], count: failure.count)
        for (key, target) in edges { children[key >> 8].append((UInt8(key & 0xFF), target)) }
        var queue: [Int32] = children[0].map(\.1)
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            for (byte, child) in children[node] {
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
                failure[Int(child)] = target
                let link = failure[Int(child)]
                outputLink[Int(child)] = outputs[Int(link)].isEmpty ? outputLink[Int(link)] : link
                queue.append(child)
            }
        }
    }

    @inline(__always)
    private func step(from node: Int, _ byte: UInt8) -> Int32? {
        if node == 0 {
            let next = rootEdges[Int(byte)]
            return next == 0 ? nil : next
        }
        return edges[node << 8 | Int(byte)]
    }

    /// Calls `found(patternID, end)` for every occurrence of every pattern; `end` is exclusive.
    func scan(_ bytes: [UInt8], _ found: (Int, Int) -> Void) {
        var node = 0
        for (position, byte) in bytes.enumerated() {
            while true {
                if let next = step(from: node, byte) {
                    node = Int(next)
                    break
                }
                if node == 0 { break }
                node = Int(failure[node])
            }
            var output = node
            while output > 0 {
                for id in outputs[output] { found(Int(id), position + 1) }
                output = Int(outputLink[output])
            }
        }
    }
}
