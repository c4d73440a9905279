import Foundation
import Yams

/// A parsed YAML file whose nodes can be read with errors that point at the node (`path:line:col`).
public struct YAMLDocument {
    public let path: String
    public let source: String
    public let root: Node

    public init(path: String, source: String) throws(ConfigurationError) {
        self.path = path
        self.source = source
        do {
            guard let root = try Yams.compose(yaml: source) else {
                throw ConfigurationError(path: path, line: 1, column: 1, message: "the file is empty", source: source)
            }
            self.root = root
        } catch let error as ConfigurationError {
            throw error
        } catch let error as YamlError {
            throw Self.positioned(error, path: path, source: source)
        } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "\(error)", source: source)
        }
    }

    private static func positioned(_ error: YamlError, path: String, source: String) -> ConfigurationError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // Yams' context can hold the whole document: keep its first line only.
            let lead = context?.text.split(separator: "\n").first.map { String($0.prefix(120)) }
            let problemLine = problem.components(separatedBy: "\nContext:").first.map { String($0.prefix(200)) } ?? problem
            let detail = [lead, problemLine].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return ConfigurationError(path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(detail)", source: source)
        case .reader(let problem, _, _, _):
            return ConfigurationError(path: path, line: 1, column: 1, message: "unreadable YAML: \(problem)", source: source)
        default:
            let summary = "\(error)".components(separatedBy: "\nContext:").first.map { String($0.prefix(200)) } ?? "\(error)"
            return ConfigurationError(path: path, line: 1, column: 1, message: "invalid YAML: \(summary)", source: source)
        }
    }

    public func error(_ message: String, at node: Node?) -> ConfigurationError {
        let mark = node?.mark
        return ConfigurationError(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message, source: source)
    }

    public func mapping(_ node: Node, _ what: String) throws(ConfigurationError) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else { throw error("\(what) must be a mapping", at: node) }
        var result: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { throw error("keys of \(what) must be text", at: key) }
            result.append((name, key, value))
        }
        return result
    }

    public func string(_ node: Node, _ what: String) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar else { throw error("\(what) must be text", at: node) }
        return scalar.string
    }

    public func strings(_ node: Node, _ what: String) throws(ConfigurationError) -> [(String, Node)] {
        if let scalar = node.scalar { return [(scalar.string, node)] }
        guard let sequence = node.sequence else { throw error("\(what) must be a list of text", at: node) }
        var result: [(String, Node)] = []
        for item in sequence {
            guard let scalar = item.scalar else { throw error("items of \(what) must be text", at: item) }
            result.append((scalar.string, item))
        }
        return result
    }

    public func int(_ node: Node, _ what: String) throws(ConfigurationError) -> Int {
        guard let scalar = node.scalar, let value = Int(scalar.string) else {
            throw error("\(what) must be a whole number", at: node)
        }
        return value
    }

    public func bool(_ node: Node, _ what: String) throws(ConfigurationError) -> Bool {
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("\(what) must be true or false", at: node)
        }
    }

    public func date(_ node: Node, _ what: String) throws(ConfigurationError) -> PolicyDate {
        guard let date = PolicyDate(try string(node, what)) else { throw error("\(what) must be a date YYYY-MM-DD", at: node) }
        return date
    }
}
