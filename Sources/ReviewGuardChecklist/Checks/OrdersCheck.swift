import ReviewGuardRules

/// 5. Orders (checked twice daily): pending orders near or past their ship-by time, RTS failures, interception
/// requests, disputes and non-receipt complaints still open.
struct OrdersCheck: ChecklistCheck {
    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem {
        var item = ChecklistItem(id: "orders", title: "Orders and shipping")
        guard let orders = snapshot.orders else {
            item.add(.unknown, "the snapshot has no orders section")
            return item
        }
        let window = item.threshold("ship_by_warning_hours", in: context) ?? 12
        if let pending = orders.pending {
            let late = pending.filter { $0.shipBy.map { $0.seconds < context.now } ?? false }
            let due = pending.filter { $0.shipBy.map { $0.seconds >= context.now && $0.seconds - context.now <= window * 3600 } ?? false }
            let undated = pending.filter { $0.shipBy == nil }
            if !late.isEmpty {
                item.add(.critical, "\(late.count) pending order(s) past the ship-by time: \(Self.ids(late.map(\.id)))",
                         action: "ship now or contact the buyer and logistics; a late shipment counts against the store", deadline: context.date)
            }
            if !due.isEmpty {
                let first = due.compactMap(\.shipBy).min()!
                item.add(.warning, "\(due.count) order(s) must ship within \(Int(window)) h: \(Self.ids(due.map(\.id))) (first by \(first.iso))",
                         action: "ship these orders in this round", deadline: first.date)
            }
            if !undated.isEmpty { item.add(.unknown, "\(undated.count) pending order(s) without a ship-by time: \(Self.ids(undated.map(\.id)))") }
            if late.isEmpty && due.isEmpty { item.add(.ok, "\(pending.count) pending order(s), none due within \(Int(window)) h") }
        } else {
            item.add(.unknown, "pending orders: not in the snapshot")
        }
        let events: [(String, [StoreSnapshot.OrderEvent]?, String)] = [
            ("RTS failure(s)", orders.rtsFailures, "fix the ready-to-ship failure (address, package, label) and re-arrange pickup"),
            ("interception request(s)", orders.interceptions, "answer the interception request with the logistics provider"),
            ("dispute(s)", orders.disputes, "answer the dispute in Seller Center with shipping proof and chat records"),
            ("non-receipt complaint(s)", orders.nonReceipt, "check tracking with the logistics provider and answer the buyer on the platform"),
        ]
        for (name, list, action) in events {
            guard let list else { continue }
            let open = list.filter(\.isOpen)
            if !open.isEmpty { item.add(.warning, "\(open.count) open \(name): \(Self.ids(open.map(\.id)))", action: action, deadline: context.date) }
        }
        return item
    }

    static func ids(_ ids: [String]) -> String { ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", ..." }
}
