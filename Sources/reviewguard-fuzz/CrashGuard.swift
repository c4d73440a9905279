import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Saves the input being run when the process crashes (a trap, a segfault, an abort), so that every crash leaves
/// a file to reproduce it with `--replay`. The signal handler only calls async-signal-safe functions on
/// memory prepared before the run.
enum CrashGuard {
    nonisolated(unsafe) private static var input: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var path = [CChar](repeating: 0, count: 4096)
    nonisolated(unsafe) private static var installed = false

    static func run(_ target: FuzzTarget, _ bytes: [UInt8], artifacts: String) {
        install()
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = buffer.initialize(from: bytes)
        input = UnsafeMutableBufferPointer(rebasing: buffer[0..<bytes.count])
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        try? FileManager.default.createDirectory(atPath: artifacts, withIntermediateDirectories: true)
        let name = Array("\(artifacts)/\(target.name)-\(String(hash, radix: 16))".utf8CString.prefix(4095))
        for (index, byte) in name.enumerated() { path[index] = byte }
        path[min(name.count, 4095)] = 0
        target.run(bytes)
        input = nil
        buffer.deallocate()
    }

    private static func install() {
        guard !installed else { return }
        installed = true
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            Glibc.signal(signal) { number in
                CrashGuard.path.withUnsafeBufferPointer { name in
                    let file = open(name.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                    if file >= 0, let input = CrashGuard.input {
                        _ = write(file, input.baseAddress, input.count)
                        close(file)
                    }
                    let message = "reviewguard-fuzz: crash, input saved to "
                    _ = write(2, message, message.utf8.count)
                    _ = write(2, name.baseAddress!, strlen(name.baseAddress!))
                    _ = write(2, "\n", 1)
                }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}
