import ReviewGuardRules

/// 3. Funds: a negative balance against the days and amounts that freeze withdrawals or deactivate the store,
/// frozen withdrawals, and settlement invoices that failed or are disputed.
struct FundsCheck: ChecklistCheck {
    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem {
        var item = ChecklistItem(id: "funds", title: "Funds and negative balance")
        guard let funds = snapshot.funds else {
            item.add(.unknown, "the snapshot has no funds section (balance, withdrawals, settlement invoices)")
            return item
        }
        if let withdrawals = funds.withdrawals, withdrawals != "normal" && withdrawals != "enabled" {
            item.add(.critical, "withdrawals are \(withdrawals)", action: "settle the balance and check the finance notices in Seller Center", deadline: context.date)
        }
        for invoice in funds.invoices ?? [] where ["failed", "disputed", "overdue", "rejected"].contains(invoice.status) {
            item.add(.warning, "settlement invoice \(invoice.id) is \(invoice.status)", action: "review the settlement invoice with the platform's finance support")
        }
        guard let balance = funds.balance else {
            item.add(.unknown, "balance: not in the snapshot")
            return item
        }
        let currency = funds.currency ?? "USD"
        guard balance < 0 else {
            item.add(.ok, "balance \(Money.text(balance, currency)) is not negative")
            return item
        }
        let days = item.threshold("negative_balance_days", in: context)
        let amount = item.threshold("negative_balance_amount", in: context)
        let freeze = item.threshold("negative_balance_freeze_amount", in: context)
        let deactivation = item.threshold("negative_balance_deactivation_amount", in: context)
        let action = "find the cause (pricing, shipping fees, promotions) and top up the balance in the finance module"
        let usd: Double? = currency == "USD" ? -balance : funds.usdRate.map { -balance * $0 }
        var reason = "negative balance \(Money.text(balance, currency))"
        if let usd, currency != "USD" { reason += " (about \(Money.text(-usd, "USD")))" }
        var status = CheckStatus.warning
        var deadline: PolicyDate?
        if let since = funds.negativeSince {
            let held = context.days(since: since)
            reason += " for \(held) day(s) since \(since.date.description)"
            if let days {
                deadline = context.date(since, plus: Int(days))
                if held >= Int(days) {
                    status = .critical
                    reason += "; \(Int(days)) days or more freezes withdrawals"
                } else {
                    reason += "; withdrawals freeze at \(Int(days)) days, on \(deadline!)"
                }
            }
        } else {
            reason += "; since when: not in the snapshot"
        }
        if let usd {
            let limits = [(amount, "the negative-balance limit"), (freeze, "the withdrawal freeze"), (deactivation, "deactivation")]
            if let crossed = limits.filter({ $0.0 != nil && usd > $0.0! }).max(by: { $0.0! < $1.0! }) {
                status = .critical
                reason += "; more than \(Money.text(crossed.0!, "USD")) negative: \(crossed.1)"
            }
        } else {
            item.add(.unknown, "the balance is in \(currency) without usd_rate: cannot compare it with the USD thresholds")
        }
        item.add(status, reason, action: action, deadline: status == .critical ? context.date : deadline)
        return item
    }
}

enum Money {
    static func text(_ value: Double, _ currency: String) -> String {
        let rounded = (abs(value) * 100).rounded() / 100
        let whole = Int(rounded)
        let cents = Int(((rounded - Double(whole)) * 100).rounded())
        return "\(currency) " + (value < 0 ? "-" : "") + "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }
}
