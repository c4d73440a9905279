// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ReviewGuard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reviewguard", targets: ["reviewguard"]),
        .library(name: "ReviewGuardText", targets: ["ReviewGuardText"]),
        .library(name: "ReviewGuardRules", targets: ["ReviewGuardRules"]),
    ],
    dependencies: [
        // The CLI's argument parsing and subcommands.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Lexicons, rules and policy profiles are YAML data with positioned errors (node marks).
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The only C in the project: unversioned wrappers over the system libicu.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("z")]
        ),
        .target(name: "ReviewGuardText", dependencies: ["CICUShim"]),
        .target(name: "ReviewGuardIO", dependencies: ["ReviewGuardText", "ReviewGuardRules"]),
        .target(name: "ReviewGuardScan", dependencies: ["CICUShim", "ReviewGuardText", "ReviewGuardRules", "ReviewGuardIO"]),
        .target(
            name: "ReviewGuardRules",
            dependencies: ["ReviewGuardText", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ReviewGuardTriage",
            dependencies: ["ReviewGuardText", "ReviewGuardRules", "ReviewGuardIO", "ReviewGuardScan", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ReviewGuardChecklist",
            dependencies: ["ReviewGuardText", "ReviewGuardRules", "ReviewGuardIO", "ReviewGuardScan", "ReviewGuardTriage", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "reviewguard",
            dependencies: [
                "ReviewGuardText", "ReviewGuardRules", "ReviewGuardIO", "ReviewGuardScan", "ReviewGuardTriage", "ReviewGuardChecklist",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzzing harness (scripts/fuzz.sh): its own mutator, or libFuzzer when built with -DLIBFUZZER.
        .executableTarget(
            name: "reviewguard-fuzz",
            dependencies: ["ReviewGuardText", "ReviewGuardRules", "ReviewGuardIO", "ReviewGuardScan", "ReviewGuardTriage", "ReviewGuardChecklist"]
        ),
        .executableTarget(
            name: "reviewguard-bench",
            dependencies: [
                "ReviewGuardText", "ReviewGuardRules", "ReviewGuardIO", "ReviewGuardScan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["ReviewGuardText"], path: "Tests/TestSupport"),
        .testTarget(name: "ReviewGuardTextTests", dependencies: ["ReviewGuardText", "TestSupport"]),
        .testTarget(name: "ReviewGuardRulesTests", dependencies: ["ReviewGuardRules", "ReviewGuardIO", "TestSupport"]),
        .testTarget(name: "ReviewGuardScanTests", dependencies: ["ReviewGuardScan", "TestSupport"]),
        .testTarget(name: "ReviewGuardTriageTests", dependencies: ["ReviewGuardTriage", "TestSupport"]),
        .testTarget(name: "ReviewGuardChecklistTests", dependencies: ["ReviewGuardChecklist", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "reviewguard"]),
    ],
    swiftLanguageModes: [.v6]
)
