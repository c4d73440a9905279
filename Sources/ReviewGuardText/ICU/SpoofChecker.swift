import CICUShim

/// UTS #39 confusable skeletons (ICU `uspoof`). Not thread-safe: one per normalizer.
final class SpoofChecker {
    private let checker: OpaquePointer

    init() throws(ICUError) {
        var error: Int32 = 0
        let checker = rg_spoof_open(&error)
        try ICU.check(error, "uspoof_open")
        guard let checker else { throw ICUError(code: 5, operation: "uspoof_open") }
        self.checker = checker
    }

    deinit { rg_spoof_close(checker) }

    /// The skeleton of `text`: look-alike characters of every script mapped to one prototype.
    func skeleton(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
        try text.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
            try ICU.withGrowingBuffer(initialCapacity: source.count * 2 + 4, "uspoof_getSkeleton") {
                rg_spoof_skeleton(checker, source.baseAddress, Int32(source.count), $0, $1, &$2)
            }
        }
    }
}
