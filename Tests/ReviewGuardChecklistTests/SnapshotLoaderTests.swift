import Foundation
import ReviewGuardChecklist
import ReviewGuardRules
import Testing
import TestSupport

@Suite struct SnapshotLoaderTests {
    @Test func theTemplateIsAValidSnapshot() throws {
        let snapshots = try SnapshotLoader.load(path: "template.yml", source: SnapshotTemplate.yaml)
        #expect(snapshots.count == 1)
        #expect(snapshots[0].security?.logins?.count == 1)
        #expect(snapshots[0].secrets.isEmpty)
    }

    @Test func theSamplesLoadAndJSONWorksToo() throws {
        let snapshots = try SnapshotLoader.load(paths: [Executable.packageRoot.appendingPathComponent("samples/daily/snapshots").path])
        #expect(snapshots.count >= 4)
        #expect(snapshots.contains { $0.file.hasSuffix(".json") })
    }

    @Test func manyStoresInOneFile() throws {
        let source = "schema: reviewguard-snapshot/1\nstores:\n  - {store: a}\n  - {store: b, platform: tiktok, market: th}\n"
        let snapshots = try SnapshotLoader.load(path: "many.yml", source: source)
        #expect(snapshots.map(\.store) == ["a", "b"])
        #expect(snapshots[1].market == "TH")
    }

    @Test func errorsArePositioned() throws {
        let source = "schema: reviewguard-snapshot/1\nstore: a\nfunds:\n  balanse: -5\n"
        let error = try #require(throws: ConfigurationError.self) { try SnapshotLoader.load(path: "bad.yml", source: source) }
        #expect(error.line == 4)
        #expect(error.description.contains("unknown field 'balanse'"))
        #expect(throws: ConfigurationError.self) { try SnapshotLoader.load(path: "v2.yml", source: "schema: reviewguard-snapshot/2\nstore: a\n") }
        #expect(throws: ConfigurationError.self) { try SnapshotLoader.load(path: "none.yml", source: "store: a\n") }
        #expect(throws: ConfigurationError.self) { try SnapshotLoader.load(path: "rate.yml", source: "schema: reviewguard-snapshot/1\nstore: a\ncustomer_service: {response_rate: 140}\n") }
    }

    /// Secrets are never read, never quoted in an error, and the report flags the file.
    @Test func secretsAreNotReadOrPrinted() throws {
        let source = "schema: reviewguard-snapshot/1\nstore: a\nsecurity:\n  two_step_verification: true\n  admin_password: Hunter2!Hunter2\n  otp: 492817\n"
        let snapshot = try #require(try SnapshotLoader.load(path: "s.yml", source: source).first)
        #expect(snapshot.secrets.map(\.key) == ["admin_password", "otp"])
        let token = "schema: reviewguard-snapshot/1\nstore: a\nname: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF123ghiJKL\n"
        let error = try #require(throws: ConfigurationError.self) { try SnapshotLoader.load(path: "t.yml", source: token) }
        #expect(!error.description.contains("eyJhbGci"))
        let broken = "schema: reviewguard-snapshot/1\nstore: a\nsession_cookie: \"abcdefGHIJKL0123456789xyzXYZ\n"
        let parseError = try #require(throws: ConfigurationError.self) { try SnapshotLoader.load(path: "b.yml", source: broken) }
        #expect(!parseError.description.contains("abcdefGHIJKL"))
    }

    /// The JSON Schema in the repository lists exactly the fields the loader reads.
    @Test func theJSONSchemaMatchesTheLoader() throws {
        let url = Executable.packageRoot.appendingPathComponent("schemas/store-snapshot.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        #expect(Set(definitions.keys) == Set(SnapshotLoader.schemaFields.keys))
        for (name, fields) in SnapshotLoader.schemaFields {
            let properties = try #require(definitions[name]?["properties"] as? [String: Any], "\(name)")
            #expect(Set(properties.keys) == Set(fields), "\(name)")
        }
    }
}
