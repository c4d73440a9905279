import Foundation
import ReviewGuardIO

#if canImport(Glibc)
import Glibc
#endif

// reviewguard-fuzz TARGET [--seconds N] [--seed S] [--replay DIR]
//
// The project's own fuzzing harness: mutates the seeds in fuzz/seeds/TARGET for N seconds (default 60) and checks
// each target's invariants; a crash writes the input to fuzz/crashes/TARGET-<hash> first. --replay runs every file
// of a directory once (the regression inputs in fuzz/regressions/TARGET, and the seeds) and exits 0 if none crashes.
// Built with -Xswiftc -DLIBFUZZER and the sanitizer flags of scripts/fuzz.sh, it hands the target to libFuzzer.

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }

guard let lexicons = LexiconDirectory.locate() else {
    FileHandle.standardError.write(Data("error: cannot find lexicons/ (run from the checkout or set REVIEWGUARD_LEXICONS)\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: lexicons).deletingLastPathComponent().path
let targets = try FuzzTargets.all(lexicons: lexicons)
guard let name = arguments.first, let target = targets.first(where: { $0.name == name }) else {
    print("usage: reviewguard-fuzz TARGET [--seconds N] [--seed S] [--replay DIR]\ntargets: \(targets.map(\.name).joined(separator: " "))")
    exit(arguments.first == nil ? 0 : 2)
}

func files(in directory: String) -> [[UInt8]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory).sorted()) ?? []
    return names.compactMap { FileManager.default.contents(atPath: directory + "/" + $0).map { [UInt8]($0) } }
}

#if LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
nonisolated(unsafe) var libFuzzerTarget: FuzzTarget?
libFuzzerTarget = target
var driverArguments = [CommandLine.arguments[0]] + arguments.dropFirst()
var argc = Int32(driverArguments.count)
let cArguments = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: driverArguments.count + 1)
for (index, argument) in driverArguments.enumerated() { cArguments[index] = strdup(argument) }
cArguments[driverArguments.count] = nil
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = cArguments
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    libFuzzerTarget!.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
})
#else
if let replay = option("--replay") {
    let inputs = files(in: replay)
    for input in inputs { CrashGuard.run(target, input, artifacts: root + "/fuzz/crashes") }
    print("\(name): \(inputs.count) input(s) from \(replay) ran without a crash")
    exit(0)
}
let seconds = Double(option("--seconds") ?? "60") ?? 60
var mutator = Mutator(random: SplitMix(state: UInt64(option("--seed") ?? "") ?? UInt64(Date().timeIntervalSince1970)))
var corpus = files(in: root + "/fuzz/seeds/\(name)") + files(in: root + "/fuzz/regressions/\(name)")
if corpus.isEmpty { corpus = [[]] }
let start = Date()
var runs = 0
while Date().timeIntervalSince(start) < seconds {
    let base = corpus[mutator.random.below(corpus.count)]
    let input = mutator.mutate(base, splice: corpus[mutator.random.below(corpus.count)])
    CrashGuard.run(target, input, artifacts: root + "/fuzz/crashes")
    runs += 1
    // Keep some mutants as new bases, so inputs drift further from the seeds over time.
    if runs % 64 == 0 && corpus.count < 4096 { corpus.append(input) }
}
print("\(name): \(runs) runs in \(Int(seconds)) s (\(Int(Double(runs) / seconds))/s), no crash, no invariant violated")
#endif
