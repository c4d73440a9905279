#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report goes: standard output, or a file written atomically (a temporary file beside it, renamed into
/// place when the report is complete; an interrupted run leaves no partial file).
public final class OutputSink {
    private let path: String?
    private let temporary: String?
    private let file: UnsafeMutablePointer<FILE>
    private var committed = false

    public init(path: String?) throws(ScanError) {
        self.path = path
        guard let path else {
            temporary = nil
            file = fdopen(dup(1), "wb")!
            return
        }
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = "\(directory)/.\(name).\(getpid()).partial"
        // Registered before the file exists, so no Ctrl-C can fall between creating it and cleaning it up.
        InterruptCleanup.register(temporary)
        guard let opened = fopen(temporary, "wb") else {
            InterruptCleanup.unregister()
            throw ScanError.unreadable(path: path, reason: "cannot write: \(String(cString: strerror(errno)))")
        }
        self.temporary = temporary
        file = opened
    }

    deinit {
        if let temporary, !committed {
            fclose(file)
            unlink(temporary)
            InterruptCleanup.unregister()
        } else if temporary == nil {
            fclose(file)  // our duplicate of standard output
        }
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, file) }
    }

    /// Finishes the report: flushes standard output, or renames the complete file into place.
    public func commit() throws(ScanError) {
        guard let path, let temporary else {
            fflush(file)
            committed = true
            return
        }
        let closed = fclose(file) == 0
        committed = true
        InterruptCleanup.unregister()
        guard closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ScanError.unreadable(path: path, reason: "cannot write: \(String(cString: strerror(errno)))")
        }
    }
}

/// On Ctrl-C, removes the partial output file and exits with 130 (128 + SIGINT).
enum InterruptCleanup {
    nonisolated(unsafe) private static var pathBuffer = [CChar](repeating: 0, count: 4096)
    nonisolated(unsafe) private static var installed = false

    static func register(_ path: String) {
        let bytes = Array(path.utf8CString.prefix(4095))
        for (index, byte) in bytes.enumerated() { pathBuffer[index] = byte }
        pathBuffer[min(bytes.count, 4095)] = 0
        if !installed {
            installed = true
            // A parent may start us with these signals blocked (the mask is inherited): unblock them, or Ctrl-C
            // would be held until the end and the partial file kept.
            var unblock = sigset_t()
            sigemptyset(&unblock)
            sigaddset(&unblock, SIGINT)
            sigaddset(&unblock, SIGTERM)
            sigprocmask(SIG_UNBLOCK, &unblock, nil)
            signal(SIGINT) { _ in
                InterruptCleanup.pathBuffer.withUnsafeBufferPointer { if $0[0] != 0 { unlink($0.baseAddress!) } }
                _exit(130)
            }
            signal(SIGTERM) { _ in
                InterruptCleanup.pathBuffer.withUnsafeBufferPointer { if $0[0] != 0 { unlink($0.baseAddress!) } }
                _exit(143)
            }
        }
    }

    static func unregister() { pathBuffer[0] = 0 }
}
