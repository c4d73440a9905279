import ReviewGuardRules
import ReviewGuardScan
import Yams

/// Turns the nodes of one snapshot file into `StoreSnapshot`s, field by field, with positioned errors.
struct SnapshotReader {
    let document: YAMLDocument
    private var fileSchema: String?

    init(document: YAMLDocument) { self.document = document }

    /// The fields of each part of a snapshot, by the name of its definition in schemas/store-snapshot.schema.json
    /// (a test keeps the two in step).
    static let schemaFields: [String: [String]] = [
        "snapshot": ["schema", "store", "name", "platform", "market", "taken_at", "status", "security", "funds", "orders", "inventory", "customer_service", "violations"],
        "status": ["state", "last_login", "last_valid_operation", "inactivity_notice_at"],
        "security": ["two_step_verification", "password_policy", "known_ips", "known_countries", "logins", "sub_accounts"],
        "password_policy": ["length", "uppercase", "lowercase", "digits", "symbols"],
        "login": ["at", "ip", "country", "account"],
        "sub_account": ["name", "role", "permissions"],
        "funds": ["currency", "balance", "usd_rate", "negative_since", "withdrawals", "settlement_invoices"],
        "invoice": ["id", "status", "amount", "period"],
        "orders": ["pending", "rts_failures", "interceptions", "disputes", "non_receipt_complaints"],
        "pending_order": ["id", "ship_by"],
        "order_event": ["id", "at", "status", "note"],
        "stock_item": ["sku", "stock", "safety_stock", "open_orders"],
        "customer_service": ["unread", "response_rate"],
        "unread_message": ["conversation", "received_at"],
        "violation": ["id", "type", "at", "points", "status"],
    ]

    mutating func snapshots() throws(ConfigurationError) -> [StoreSnapshot] {
        let root = document.root
        if let list = root.sequence { return try list.map { (node) throws(ConfigurationError) in try snapshot(node) } }
        guard root.mapping != nil else { throw document.error("a snapshot file must hold a store snapshot, a list of them, or 'stores:'", at: root) }
        let keys = try document.mapping(root, "a snapshot file")
        if let stores = keys.first(where: { $0.key == "stores" }) {
            for (key, keyNode, value) in keys where key != "stores" {
                guard key == "schema" else { throw document.error("unknown key '\(key)' beside 'stores' (expected schema, stores)", at: keyNode) }
                fileSchema = try document.string(value, "schema")
                try checkSchema(fileSchema!, at: value)
            }
            guard let list = stores.value.sequence else { throw document.error("'stores' must be a list of store snapshots", at: stores.value) }
            return try list.map { (node) throws(ConfigurationError) in try snapshot(node) }
        }
        return [try snapshot(root)]
    }

    private func checkSchema(_ schema: String, at node: Node) throws(ConfigurationError) {
        guard schema == SnapshotLoader.schema else {
            throw document.error("unsupported schema '\(schema)' (this version reads \(SnapshotLoader.schema))", at: node)
        }
    }

    /// The mapping's fields, with secret-looking ones set aside (recorded, never read) and unknown ones refused.
    private func fields(_ node: Node, _ what: String, known: [String], secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> [String: Node] {
        var result: [String: Node] = [:]
        for (key, keyNode, value) in try document.mapping(node, what) {
            if SecretGuard.isSecretKey(key) {
                secrets.append(StoreSnapshot.SecretField(key: key, line: keyNode.mark?.line ?? 0))
                continue
            }
            guard known.contains(key) else { throw document.error("unknown field '\(key)' in \(what) (expected \(known.joined(separator: ", ")))", at: keyNode) }
            result[key] = value
        }
        return result
    }

    private func snapshot(_ node: Node) throws(ConfigurationError) -> StoreSnapshot {
        var secrets: [StoreSnapshot.SecretField] = []
        let top = try fields(node, "a store snapshot", known: Self.schemaFields["snapshot"]!, secrets: &secrets)
        if let schema = top["schema"] {
            try checkSchema(try document.string(schema, "schema"), at: schema)
        } else if fileSchema == nil {
            throw document.error("a snapshot needs 'schema: \(SnapshotLoader.schema)'", at: node)
        }
        guard let storeNode = top["store"] else { throw document.error("a snapshot needs 'store' (the store's id)", at: node) }
        var snapshot = StoreSnapshot(file: document.path, store: try text(storeNode, "store"))
        snapshot.name = try top["name"].map { (value) throws(ConfigurationError) in try text(value, "name") }
        snapshot.platform = try top["platform"].map { (value) throws(ConfigurationError) in try text(value, "platform").lowercased() }
        snapshot.market = try top["market"].map { (value) throws(ConfigurationError) in try text(value, "market").uppercased() }
        snapshot.takenAt = try top["taken_at"].map { (value) throws(ConfigurationError) in try moment(value, "taken_at") }
        if let value = top["status"] { snapshot.status = try status(value, &secrets) }
        if let value = top["security"] { snapshot.security = try security(value, &secrets) }
        if let value = top["funds"] { snapshot.funds = try funds(value, &secrets) }
        if let value = top["orders"] { snapshot.orders = try orders(value, &secrets) }
        if let value = top["inventory"] { snapshot.inventory = try inventory(value, &secrets) }
        if let value = top["customer_service"] { snapshot.customerService = try customerService(value, &secrets) }
        if let value = top["violations"] { snapshot.violations = try violations(value, &secrets) }
        snapshot.secrets = secrets
        return snapshot
    }

    private func status(_ node: Node, _ secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> StoreSnapshot.Status {
        let f = try fields(node, "status", known: Self.schemaFields["status"]!, secrets: &secrets)
        return StoreSnapshot.Status(
            state: try f["state"].map { (value) throws(ConfigurationError) in try text(value, "state").lowercased() },
            lastLogin: try optionalMoment(f["last_login"], "last_login"),
            lastValidOperation: try optionalMoment(f["last_valid_operation"], "last_valid_operation"),
            inactivityNotice: try optionalMoment(f["inactivity_notice_at"], "inactivity_notice_at"))
    }

    private func security(_ node: Node, _ secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> StoreSnapshot.Security {
        let f = try fields(node, "security", known: Self.schemaFields["security"]!, secrets: &secrets)
        var security = StoreSnapshot.Security()
        security.twoStepVerification = try f["two_step_verification"].map { (value) throws(ConfigurationError) in try document.bool(value, "two_step_verification") }
        if let value = f["password_policy"] {
            let p = try fields(value, "password_policy", known: Self.schemaFields["password_policy"]!, secrets: &secrets)
            security.password = StoreSnapshot.PasswordPolicy(
                length: try p["length"].map { (value) throws(ConfigurationError) in try document.int(value, "length") },
                uppercase: try optionalBool(p["uppercase"], "uppercase"), lowercase: try optionalBool(p["lowercase"], "lowercase"),
                digits: try optionalBool(p["digits"], "digits"), symbols: try optionalBool(p["symbols"], "symbols"))
        }
        security.knownIPs = try f["known_ips"].map { (value) throws(ConfigurationError) in try document.strings(value, "known_ips").map(\.0) }
        security.knownCountries = try f["known_countries"].map { (value) throws(ConfigurationError) in try document.strings(value, "known_countries").map { $0.0.uppercased() } }
        security.logins = try f["logins"].map { (value) throws(ConfigurationError) in
            try list(value, "logins") { (item) throws(ConfigurationError) in
                let l = try fields(item, "a login", known: Self.schemaFields["login"]!, secrets: &secrets)
                return StoreSnapshot.Login(
                    at: try optionalMoment(l["at"], "at"), ip: try optionalText(l["ip"], "ip"),
                    country: try optionalText(l["country"], "country")?.uppercased(), account: try optionalText(l["account"], "account"))
            }
        }
        security.subAccounts = try f["sub_accounts"].map { (value) throws(ConfigurationError) in
            try list(value, "sub_accounts") { (item) throws(ConfigurationError) in
                let a = try fields(item, "a sub-account", known: Self.schemaFields["sub_account"]!, secrets: &secrets)
                guard let name = a["name"] else { throw document.error("a sub-account needs 'name'", at: item) }
                return StoreSnapshot.SubAccount(
                    name: try text(name, "name"), role: try optionalText(a["role"], "role")?.lowercased(),
                    permissions: try a["permissions"].map { (value) throws(ConfigurationError) in try document.strings(value, "permissions").map { $0.0.lowercased() } } ?? [])
            }
        }
        return security
    }

    private func funds(_ node: Node, _ secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> StoreSnapshot.Funds {
        let f = try fields(node, "funds", known: Self.schemaFields["funds"]!, secrets: &secrets)
        var funds = StoreSnapshot.Funds()
        funds.currency = try optionalText(f["currency"], "currency")?.uppercased()
        funds.balance = try optionalNumber(f["balance"], "balance")
        funds.usdRate = try optionalNumber(f["usd_rate"], "usd_rate")
        if let rate = funds.usdRate, rate <= 0 { throw document.error("usd_rate must be positive", at: f["usd_rate"]) }
        funds.negativeSince = try optionalMoment(f["negative_since"], "negative_since")
        funds.withdrawals = try optionalText(f["withdrawals"], "withdrawals")?.lowercased()
        funds.invoices = try f["settlement_invoices"].map { (value) throws(ConfigurationError) in
            try list(value, "settlement_invoices") { (item) throws(ConfigurationError) in
                let i = try fields(item, "a settlement invoice", known: Self.schemaFields["invoice"]!, secrets: &secrets)
                guard let id = i["id"], let status = i["status"] else { throw document.error("a settlement invoice needs 'id' and 'status'", at: item) }
                return StoreSnapshot.Invoice(id: try text(id, "id"), status: try text(status, "status").lowercased(), amount: try optionalNumber(i["amount"], "amount"))
            }
        }
        return funds
    }

    private func orders(_ node: Node, _ secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> StoreSnapshot.Orders {
        let f = try fields(node, "orders", known: Self.schemaFields["orders"]!, secrets: &secrets)
        var orders = StoreSnapshot.Orders()
        orders.pending = try f["pending"].map { (value) throws(ConfigurationError) in
            try list(value, "pending") { (item) throws(ConfigurationError) in
                let o = try fields(item, "a pending order", known: Self.schemaFields["pending_order"]!, secrets: &secrets)
                guard let id = o["id"] else { throw document.error("a pending order needs 'id'", at: item) }
                return StoreSnapshot.PendingOrder(id: try text(id, "id"), shipBy: try optionalMoment(o["ship_by"], "ship_by"))
            }
        }
        func events(_ key: String) throws(ConfigurationError) -> [StoreSnapshot.OrderEvent]? {
            try f[key].map { (value) throws(ConfigurationError) in
                try list(value, key) { (item) throws(ConfigurationError) in
                    let e = try fields(item, "an order event in \(key)", known: Self.schemaFields["order_event"]!, secrets: &secrets)
                    guard let id = e["id"] else { throw document.error("an order event needs 'id' (the order)", at: item) }
                    return StoreSnapshot.OrderEvent(id: try text(id, "id"), at: try optionalMoment(e["at"], "at"), status: try optionalText(e["status"], "status"))
                }
            }
        }
        orders.rtsFailures = try events("rts_failures")
        orders.interceptions = try events("interceptions")
        orders.disputes = try events("disputes")
        orders.nonReceipt = try events("non_receipt_complaints")
        return orders
    }

    private func inventory(_ node: Node, _ secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> [StoreSnapshot.StockItem] {
        try list(node, "inventory") { (item) throws(ConfigurationError) in
            let s = try fields(item, "an inventory item", known: Self.schemaFields["stock_item"]!, secrets: &secrets)
            guard let sku = s["sku"], let stock = s["stock"] else { throw document.error("an inventory item needs 'sku' and 'stock'", at: item) }
            return StoreSnapshot.StockItem(
                sku: try text(sku, "sku"), stock: try document.int(stock, "stock"),
                safetyStock: try s["safety_stock"].map { (value) throws(ConfigurationError) in try document.int(value, "safety_stock") },
                openOrders: try s["open_orders"].map { (value) throws(ConfigurationError) in try document.int(value, "open_orders") })
        }
    }

    private func customerService(_ node: Node, _ secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> StoreSnapshot.CustomerService {
        let f = try fields(node, "customer_service", known: Self.schemaFields["customer_service"]!, secrets: &secrets)
        var service = StoreSnapshot.CustomerService()
        service.unread = try f["unread"].map { (value) throws(ConfigurationError) in
            try list(value, "unread") { (item) throws(ConfigurationError) in
                let u = try fields(item, "an unread message", known: Self.schemaFields["unread_message"]!, secrets: &secrets)
                guard let received = u["received_at"] else { throw document.error("an unread message needs 'received_at'", at: item) }
                return StoreSnapshot.UnreadMessage(conversation: try optionalText(u["conversation"], "conversation"), received: try moment(received, "received_at"))
            }
        }
        if let rateNode = f["response_rate"] {
            guard let rate = try optionalNumber(rateNode, "response_rate"), rate >= 0, rate <= 100 else {
                throw document.error("response_rate must be a percentage 0-100 (or a fraction 0-1)", at: rateNode)
            }
            // 0.92 and 92 both mean 92 percent; a rate of 1 percent or less is not a rate anyone records.
            service.responseRate = rate <= 1 ? rate * 100 : rate
        }
        return service
    }

    private func violations(_ node: Node, _ secrets: inout [StoreSnapshot.SecretField]) throws(ConfigurationError) -> [StoreSnapshot.Violation] {
        try list(node, "violations") { (item) throws(ConfigurationError) in
            let v = try fields(item, "a violation notice", known: Self.schemaFields["violation"]!, secrets: &secrets)
            guard let type = v["type"] else { throw document.error("a violation notice needs 'type'", at: item) }
            return StoreSnapshot.Violation(
                id: try optionalText(v["id"], "id"), type: try text(type, "type"), at: try optionalMoment(v["at"], "at"),
                points: try optionalNumber(v["points"], "points"), status: try optionalText(v["status"], "status"))
        }
    }

    // MARK: values

    private func list<T>(_ node: Node, _ what: String, _ item: (Node) throws(ConfigurationError) -> T) throws(ConfigurationError) -> [T] {
        guard let sequence = node.sequence else { throw document.error("'\(what)' must be a list", at: node) }
        var result: [T] = []
        for element in sequence { result.append(try item(element)) }
        return result
    }

    /// Text of a scalar; a value shaped like a token is refused without being shown.
    private func text(_ node: Node, _ what: String) throws(ConfigurationError) -> String {
        let value = try document.string(node, what)
        if SecretGuard.looksLikeToken(value) {
            throw document.error("'\(what)' holds something that looks like a token or password; remove it from the snapshot (value not shown)", at: node)
        }
        return value
    }

    private func optionalText(_ node: Node?, _ what: String) throws(ConfigurationError) -> String? {
        guard let node else { return nil }
        return try text(node, what)
    }

    private func optionalBool(_ node: Node?, _ what: String) throws(ConfigurationError) -> Bool? {
        guard let node else { return nil }
        return try document.bool(node, what)
    }

    private func optionalNumber(_ node: Node?, _ what: String) throws(ConfigurationError) -> Double? {
        guard let node else { return nil }
        let raw = try document.string(node, what).replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ",", with: "")
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw document.error("'\(what)' must be a number", at: node)
        }
        return value
    }

    private func moment(_ node: Node, _ what: String) throws(ConfigurationError) -> StoreSnapshot.Moment {
        let raw = try document.string(node, what)
        guard let parsed = TimeParser.parse(raw) else {
            throw document.error("'\(what)' must be a time (ISO 8601 like 2026-11-24T09:30:00+07:00, or Unix seconds)", at: node)
        }
        return StoreSnapshot.Moment(iso: raw, seconds: parsed.seconds)
    }

    private func optionalMoment(_ node: Node?, _ what: String) throws(ConfigurationError) -> StoreSnapshot.Moment? {
        guard let node else { return nil }
        return try moment(node, what)
    }
}
