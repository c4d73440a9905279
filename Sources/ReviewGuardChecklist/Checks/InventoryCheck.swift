import ReviewGuardRules

/// 6. Inventory: stock at or below safety stock, and oversold SKUs (stock below the open orders).
struct InventoryCheck: ChecklistCheck {
    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem {
        var item = ChecklistItem(id: "inventory", title: "Inventory")
        guard let inventory = snapshot.inventory else {
            item.add(.unknown, "the snapshot has no inventory section")
            return item
        }
        let oversold = inventory.filter { stock in stock.openOrders.map { stock.stock < $0 } ?? false }
        let low = inventory.filter { stock in
            (stock.safetyStock.map { stock.stock <= $0 } ?? false) && !oversold.contains { $0.sku == stock.sku }
        }
        for stock in oversold {
            item.add(.critical, "\(stock.sku) is oversold: \(stock.stock) in stock for \(stock.openOrders!) open order(s)",
                     action: "restock or update the stock before orders are cancelled", deadline: context.date)
        }
        if !low.isEmpty {
            item.add(.warning, "\(low.count) SKU(s) at or below safety stock: " + low.map { "\($0.sku) \($0.stock)/\($0.safetyStock!)" }.joined(separator: ", "),
                     action: "reorder or lower the listed stock")
        }
        if oversold.isEmpty && low.isEmpty { item.add(.ok, "\(inventory.count) SKU(s) above safety stock") }
        return item
    }
}
