// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Werkbank",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "werkbank", targets: ["werkbank"]),
        .executable(name: "werkbank-bench", targets: ["werkbank-bench"]),
        .library(name: "WerkbankCore", targets: ["WerkbankCore"]),
        .library(name: "WerkbankExchange", targets: ["WerkbankExchange"]),
        .library(name: "WerkbankStore", targets: ["WerkbankStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "WerkbankCore"),
        .target(name: "TOMLGuard", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "TerminalKit", dependencies: ["TOMLGuard", .product(name: "TOMLKit", package: "TOMLKit")]),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CursesTerminal", dependencies: ["TerminalKit", "CNCursesW"]),
        .target(name: "WerkbankUI", dependencies: ["WerkbankCore", "WerkbankStore", "TerminalKit"]),
        .target(
            name: "WerkbankStore",
            dependencies: ["WerkbankCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "WerkbankExchange",
            dependencies: [
                "WerkbankCore",
                "TOMLGuard",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // Survey exports are read with its reader (decision 59); writing is CSVText's.
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "werkbank",
            dependencies: [
                "WerkbankCore",
                "WerkbankExchange",
                "WerkbankStore",
                "WerkbankUI",
                "TerminalKit",
                "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "werkbank-bench",
            dependencies: [
                "WerkbankCore",
                "WerkbankStore",
                "WerkbankExchange",
                "WerkbankUI",
                "TerminalKit",
                "TOMLGuard",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WerkbankCoreTests", dependencies: ["WerkbankCore"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "WerkbankUITests", dependencies: [
            "WerkbankUI", "WerkbankCore", "WerkbankStore", "WerkbankExchange", "TerminalKit",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "WerkbankExchangeTests", dependencies: [
            "WerkbankExchange", "WerkbankCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            // The CSV writer's bytes are compared with those of the library it replaced.
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .testTarget(name: "WerkbankStoreTests", dependencies: [
            "WerkbankStore", "WerkbankCore", "WerkbankExchange", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "TOMLGuardTests", dependencies: [
            "TOMLGuard", "TerminalKit", "WerkbankExchange", .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "werkbank", "werkbank-bench", "WerkbankCore", "WerkbankStore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
