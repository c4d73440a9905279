#!/usr/bin/env bash
# Fuzz every target for SECONDS each (default 60) with the project's own harness (release build). A crash saves
# its input to fuzz/crashes/TARGET-<hash>; move it to fuzz/regressions/TARGET/ once fixed, where the test suite
# replays it. With LIBFUZZER=1 the harness is built with libFuzzer and AddressSanitizer instead (coverage-guided;
# see DEVELOPERS notes in README "Robustness").
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets="${TARGETS:-normalize match rules csv jsonl lexicon snapshot triage}"
if [ "${LIBFUZZER:-0}" = 1 ]; then
    clang_lib="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/lib/clang"
    runtime="$(find "$clang_lib" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)"
    swift build -c release --product reviewguard-fuzz -Xswiftc -DLIBFUZZER -Xswiftc -sanitize=address \
        -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address -Xlinker "$runtime" -Xlinker -lstdc++
    for target in $targets; do
        mkdir -p "fuzz/work/$target" fuzz/crashes
        .build/release/reviewguard-fuzz "$target" "fuzz/work/$target" "fuzz/seeds/$target" -max_total_time="$seconds" \
            -artifact_prefix="fuzz/crashes/$target-" -max_len=65536
    done
else
    swift build -c release --product reviewguard-fuzz
    for target in $targets; do .build/release/reviewguard-fuzz "$target" --seconds "$seconds"; done
fi
