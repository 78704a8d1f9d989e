// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Werkbank",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "werkbank", targets: ["werkbank"]),
        .library(name: "WerkbankCore", targets: ["WerkbankCore"]),
        .library(name: "WerkbankExchange", targets: ["WerkbankExchange"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(name: "WerkbankCore"),
        .target(
            name: "WerkbankExchange",
            dependencies: [
                "WerkbankCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "werkbank",
            dependencies: [
                "WerkbankCore",
                "WerkbankExchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WerkbankCoreTests", dependencies: ["WerkbankCore"]),
        .testTarget(name: "WerkbankExchangeTests", dependencies: ["WerkbankExchange"]),
        .testTarget(name: "EndToEndTests", dependencies: ["werkbank"]),
    ],
    swiftLanguageModes: [.v6]
)
