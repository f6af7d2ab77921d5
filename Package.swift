// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "dpacheck",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dpacheck", targets: ["dpacheck"]),
    .library(name: "ComplianceCore", targets: ["ComplianceCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    // Headers only: the Spreadsheets target loads libxlsxwriter and zlib with dlopen when a command
    // needs them, so that the other commands start as fast as without them (docs/decisions.md).
    .systemLibrary(name: "CXLSXWriter", providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "YAMLSupport", dependencies: ["CYAML"], swiftSettings: strictSettings),
    .target(name: "ComplianceCore", dependencies: ["YAMLSupport"], swiftSettings: strictSettings),
    .target(
      name: "ComplianceReporters", dependencies: ["ComplianceCore", "YAMLSupport"],
      swiftSettings: strictSettings),
    .target(
      name: "Frontend", dependencies: ["ComplianceCore", "ComplianceReporters", "YAMLSupport"],
      swiftSettings: strictSettings),
    .target(
      name: "Spreadsheets",
      dependencies: ["CXLSXWriter", "CZlib", "ComplianceCore", "ComplianceReporters", "Frontend", "YAMLSupport"],
      swiftSettings: strictSettings),
    .executableTarget(name: "rules-embedder", dependencies: ["YAMLSupport"], swiftSettings: strictSettings),
    .plugin(
      name: "EmbedRules", capability: .buildTool(),
      dependencies: ["rules-embedder"]),
    .target(
      name: "BundledRules", swiftSettings: strictSettings, plugins: ["EmbedRules"]),
    .executableTarget(
      name: "dpacheck",
      dependencies: [
        "ComplianceCore", "ComplianceReporters", "Frontend", "YAMLSupport", "BundledRules", "Spreadsheets",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings),
    .executableTarget(
      name: "yaml-bench", dependencies: ["ComplianceCore", "Frontend", "YAMLSupport"], path: "Benchmarks/yaml-bench",
      swiftSettings: strictSettings),
    .target(
      name: "TestSupport", dependencies: ["ComplianceCore", "Frontend", "YAMLSupport"],
      path: "Tests/TestSupport", swiftSettings: strictSettings),
    .testTarget(
      name: "YAMLSupportTests", dependencies: ["YAMLSupport", "TestSupport"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "ComplianceCoreTests",
      dependencies: ["ComplianceCore", "Frontend", "YAMLSupport", "TestSupport", "BundledRules"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "FrontendTests", dependencies: ["Frontend", "ComplianceCore", "YAMLSupport", "TestSupport"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "ComplianceReportersTests",
      dependencies: ["ComplianceReporters", "ComplianceCore", "Frontend", "TestSupport"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "SpreadsheetsTests",
      dependencies: [
        "Spreadsheets", "ComplianceReporters", "ComplianceCore", "Frontend", "TestSupport", "BundledRules",
      ],
      swiftSettings: strictSettings),
    .testTarget(
      name: "CLITests", dependencies: ["TestSupport"], exclude: ["Snapshots"],
      swiftSettings: strictSettings),
  ],
  swiftLanguageModes: [.v6]
)
