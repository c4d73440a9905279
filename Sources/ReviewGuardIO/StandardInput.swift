#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads standard input to the end as raw bytes (the pipeline decodes and reports invalid UTF-8 itself).
public enum StandardInput {
    public static func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError.unreadable(path: "<stdin>", reason: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }
}

/// Input that could not be read at all.
public enum InputError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        }
    }
}

/// Writes diagnostics to standard error, unbuffered.
public enum StandardError {
    public static func write(_ text: String) {
        writeRaw(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes exactly the text given (no newline added), e.g. a progress line.
    public static func writeRaw(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}
