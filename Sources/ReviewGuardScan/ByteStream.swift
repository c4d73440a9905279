import CICUShim

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input in chunks, gzip-compressed or not (zlib reads plain files as they are), so a
/// large export never has to fit in memory.
final class ByteStream {
    let path: String
    private let file: OpaquePointer
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)

    /// Opens `path`, or standard input when `path` is "-".
    init(path: String) throws(ScanError) {
        self.path = path
        let opened = path == "-" ? rg_gz_dopen(dup(0)) : rg_gz_open(path)
        guard let opened else { throw ScanError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        file = opened
    }

    deinit { rg_gz_close(file) }

    private var peeked: [UInt8]?
    /// Bytes read so far (after decompression).
    private(set) var bytesRead = 0

    /// The first bytes of the stream, without consuming them (to tell JSON Lines from CSV).
    func peek() throws(ScanError) -> [UInt8] {
        if let peeked { return peeked }
        let first = try read().map(Array.init) ?? []
        peeked = first
        return first
    }

    /// The next chunk, or nil at the end. A corrupt or truncated compressed stream is an error.
    func next() throws(ScanError) -> ArraySlice<UInt8>? {
        if let peeked {
            self.peeked = nil
            if !peeked.isEmpty { return peeked[...] }
        }
        return try read()
    }

    private func read() throws(ScanError) -> ArraySlice<UInt8>? {
        let count = buffer.withUnsafeMutableBufferPointer { rg_gz_read(file, $0.baseAddress, Int32($0.count)) }
        if count < 0 { throw ScanError.unreadable(path: path, reason: "corrupt or truncated data: \(String(cString: rg_gz_error(file)))") }
        bytesRead += Int(count)
        return count == 0 ? nil : buffer[0..<Int(count)]
    }
}

/// Input that cannot be used at all (as opposed to a bad record, which is skipped and reported).
public enum ScanError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case badRecord(path: String, line: Int, reason: String)
    case usage(String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .badRecord(let path, let line, let reason): "\(path):\(line): \(reason)"
        case .usage(let message): message
        }
    }
}
