import Foundation
import ReviewGuardChecklist
import ReviewGuardRules
import ReviewGuardScan
import Testing
import TestSupport

/// The bundled policy profiles (for their thresholds), loaded once.
let policies: PolicyBook = {
    do { return try RuleSet.load(directory: Executable.packageRoot.appendingPathComponent("lexicons").path).policies } catch { fatalError("\(error)") }
}()

/// The checklist of one snapshot written as YAML, judged at `now` (ISO 8601).
func checklist(_ yaml: String, now: String = "2026-11-25T12:00:00Z", profile: String? = nil) throws -> [String: ChecklistItem] {
    let snapshot = try #require(try SnapshotLoader.load(path: "test.yml", source: "schema: reviewguard-snapshot/1\nstore: s1\n" + yaml).first)
    let moment = try #require(TimeParser.parse(now)).seconds
    let report = DailyReport(snapshots: [snapshot], policies: policies, now: moment, fallbackProfile: profile ?? "default")
    return Dictionary(uniqueKeysWithValues: report.stores[0].items.map { ($0.id, $0) })
}

@Suite struct InactivityTests {
    /// 30 days without a valid operation marks the store inactive (default profile: warn from day 23).
    @Test(arguments: [(22, CheckStatus.ok), (23, .warning), (29, .warning), (30, .critical), (31, .critical), (59, .critical), (60, .critical)])
    func daysWithoutOperation(days: Int, expected: CheckStatus) throws {
        let last = TimeParser.iso(TimeParser.parse("2026-11-25T12:00:00Z")!.seconds - Double(days) * 86_400)
        let items = try checklist("status: {last_valid_operation: \(last)}")
        #expect(items["status"]?.status == expected, "\(days) days: \(items["status"]?.reasons ?? [])")
    }

    @Test func thirtyDaysGivesTheDelistingDeadline() throws {
        let items = try checklist("status: {last_valid_operation: 2026-10-26T12:00:00Z}")
        let status = try #require(items["status"])
        #expect(status.status == .critical)
        #expect(status.deadline == PolicyDate("2026-12-02"))  // 30 + 7 days after the last operation
    }

    /// Thirty days measured in elapsed time: an operation at 23:30 in UTC-8 is 07:30 UTC the next day.
    @Test func timeZonesCountInElapsedTime() throws {
        #expect(try checklist("status: {last_valid_operation: 2026-10-25T23:30:00-08:00}", now: "2026-11-25T07:00:00Z")["status"]?.status == .warning)
        #expect(try checklist("status: {last_valid_operation: 2026-10-25T23:30:00-08:00}", now: "2026-11-25T08:00:00Z")["status"]?.status == .critical)
    }

    @Test func aNoticeSetsTheSevenDayDeadline() throws {
        let status = try #require(try checklist("status: {last_valid_operation: 2026-11-20T12:00:00Z, inactivity_notice_at: 2026-11-22T09:00:00Z}")["status"])
        #expect(status.status == .critical)
        #expect(status.deadline == PolicyDate("2026-11-29"))
    }

    /// The 2023 policy (60/90 days) applies before the current one took effect; the report names the rule used.
    @Test func theRuleInForceOnTheDateApplies() throws {
        let old = try #require(try checklist("status: {last_valid_operation: 2024-01-01T00:00:00Z}", now: "2024-02-05T00:00:00Z", profile: "tiktok")["status"])
        #expect(old.status == .ok)
        #expect(old.thresholds.contains { $0.name == "inactivity_days" && $0.value == 60 && $0.since == PolicyDate("2023-06-26") })
        let new = try #require(try checklist("status: {last_valid_operation: 2025-01-01T00:00:00Z}", now: "2025-02-05T00:00:00Z", profile: "tiktok")["status"])
        #expect(new.status == .critical)
        #expect(new.thresholds.contains { $0.name == "inactivity_days" && $0.value == 30 })
    }

    @Test func missingDataIsUnknownNotOK() throws {
        let items = try checklist("")
        for id in ["status", "security", "funds", "reviews", "orders", "inventory", "customer-service"] {
            #expect(items[id]?.status == .unknown, "\(id): \(items[id]?.reasons ?? [])")
        }
        #expect(try checklist("status: {state: active}")["status"]?.status == .unknown)
    }
}

@Suite struct FundsTests {
    @Test(arguments: [(9, CheckStatus.warning), (10, .critical), (11, .critical)])
    func daysNegative(days: Int, expected: CheckStatus) throws {
        let since = TimeParser.iso(TimeParser.parse("2026-11-25T12:00:00Z")!.seconds - Double(days) * 86_400)
        let funds = try #require(try checklist("funds: {currency: USD, balance: -20, negative_since: \(since)}")["funds"])
        #expect(funds.status == expected, "\(funds.reasons)")
    }

    @Test func exactlyOneHundredIsNotBeyondOneHundred() throws {
        #expect(try checklist("funds: {currency: USD, balance: -100.00, negative_since: 2026-11-24T00:00:00Z}")["funds"]?.status == .warning)
        #expect(try checklist("funds: {currency: USD, balance: -100.01, negative_since: 2026-11-24T00:00:00Z}")["funds"]?.status == .critical)
    }

    /// From 2025-09-26 TikTok freezes withdrawals beyond $250 and deactivates beyond $500; the report says which.
    @Test func laterThresholdsAreNamed() throws {
        let funds = try #require(try checklist("funds: {currency: USD, balance: -300, negative_since: 2026-11-24T00:00:00Z}", profile: "tiktok")["funds"])
        #expect(funds.status == .critical)
        #expect(funds.reasons.joined().contains("withdrawal freeze"))
        #expect(funds.thresholds.contains { $0.name == "negative_balance_freeze_amount" && $0.value == 250 })
    }

    @Test func anotherCurrencyNeedsARate() throws {
        #expect(try checklist("funds: {currency: MYR, usd_rate: 0.2237, balance: -500, negative_since: 2026-11-24T00:00:00Z}")["funds"]?.status == .critical)
        let unknownRate = try #require(try checklist("funds: {currency: MYR, balance: -50, negative_since: 2026-11-24T00:00:00Z}")["funds"])
        #expect(unknownRate.notes.contains { $0.status == .unknown })
        #expect(try checklist("funds: {currency: USD, balance: 0}")["funds"]?.status == .ok)
    }
}

@Suite struct SecurityAndOperationsTests {
    @Test func twoStepVerificationOffIsCritical() throws {
        #expect(try checklist("security: {two_step_verification: false}")["security"]?.status == .critical)
    }

    @Test func newCountryIsCriticalAndNewIPAWarning() throws {
        let base = "security: {two_step_verification: true, password_policy: {length: 12, uppercase: true, lowercase: true, digits: true, symbols: true}, known_ips: [1.1.1.1], known_countries: [US], sub_accounts: [{name: o, role: admin, permissions: [all]}], logins: "
        #expect(try checklist(base + "[{ip: 1.1.1.1, country: US}]}")["security"]?.status == .ok)
        #expect(try checklist(base + "[{ip: 2.2.2.2, country: US}]}")["security"]?.status == .warning)
        #expect(try checklist(base + "[{ip: 2.2.2.2, country: RU}]}")["security"]?.status == .critical)
    }

    @Test func weakPasswordAndTooManyAdmins() throws {
        let security = try #require(try checklist("""
            security: {two_step_verification: true, password_policy: {length: 7, uppercase: true, lowercase: true, digits: true, symbols: true},
              sub_accounts: [{name: a, role: admin}, {name: b, permissions: [all]}, {name: c, role: cs, permissions: [chat, finance]}]}
            """)["security"])
        #expect(security.status == .warning)
        #expect(security.reasons.contains { $0.contains("7 characters") })
        #expect(security.reasons.contains { $0.contains("2 sub-accounts with full access") })
        #expect(security.reasons.contains { $0.contains("c can reach finance") })
    }

    @Test func shipByWindow() throws {
        let orders = "orders: {pending: [{id: A, ship_by: %@}]}"
        #expect(try checklist(orders.replacingOccurrences(of: "%@", with: "2026-11-25T11:59:00Z"))["orders"]?.status == .critical)
        #expect(try checklist(orders.replacingOccurrences(of: "%@", with: "2026-11-25T23:00:00Z"))["orders"]?.status == .warning)
        #expect(try checklist(orders.replacingOccurrences(of: "%@", with: "2026-11-27T00:00:00Z"))["orders"]?.status == .ok)
        // 20:00 in UTC+8 is 12:00 UTC: due now, not yet late.
        #expect(try checklist(orders.replacingOccurrences(of: "%@", with: "2026-11-25T20:00:00+08:00"))["orders"]?.status == .warning)
    }

    @Test func inventory() throws {
        #expect(try checklist("inventory: [{sku: A, stock: 5, safety_stock: 5}]")["inventory"]?.status == .warning)
        #expect(try checklist("inventory: [{sku: A, stock: 6, safety_stock: 5, open_orders: 6}]")["inventory"]?.status == .ok)
        #expect(try checklist("inventory: [{sku: A, stock: 6, safety_stock: 5, open_orders: 7}]")["inventory"]?.status == .critical)
    }

    /// US stores answer within 24 hours, SEA stores within 12; 90% warns and 85% is critical.
    @Test func responseWindowsAndRates() throws {
        let unread = "customer_service: {unread: [{received_at: 2026-11-24T22:00:00Z}], response_rate: 95}"
        // 14 hours old: past half of the US window (today's work), past the whole SEA window.
        #expect(try checklist(unread, profile: "tiktok-us")["customer-service"]?.status == .warning)
        #expect(try checklist(unread, profile: "tiktok-th")["customer-service"]?.status == .critical)
        let fresh = "customer_service: {unread: [{received_at: 2026-11-25T06:00:00Z}], response_rate: 95}"
        #expect(try checklist(fresh, profile: "tiktok-us")["customer-service"]?.status == .ok)
        #expect(try checklist("customer_service: {unread: [], response_rate: 90}")["customer-service"]?.status == .ok)
        #expect(try checklist("customer_service: {unread: [], response_rate: 89.9}")["customer-service"]?.status == .warning)
        #expect(try checklist("customer_service: {unread: [], response_rate: 0.849}")["customer-service"]?.status == .critical)
    }
}
