import ArgumentParser
import Foundation
import ReviewGuardIO
import ReviewGuardScan

/// Whether a report may use colour: only on a terminal, only to standard output, and not when NO_COLOR is set.
func terminalColor(writingTo output: String?) -> Bool {
    output == nil && isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

/// Runs the reading part of a command: an unusable input is reported on standard error and exits with 2.
func exitingOnInputError<T>(cleanup: () -> Void = {}, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ScanError {
        cleanup()
        StandardError.write("error: \(error)")
        throw ExitCode(2)
    }
}
