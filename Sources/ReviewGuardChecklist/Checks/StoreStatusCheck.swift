import ReviewGuardRules

/// 1. Store status and inactivity: no valid operation for `inactivity_days` marks the store inactive, products are
/// delisted `inactivity_grace_days` after the notice, and `inactivity_ban_days` risks a permanent ban.
struct StoreStatusCheck: ChecklistCheck {
    static let operation = "log in to Seller Center and do a valid operation (edit a product, process an order, reply to a buyer)"

    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem {
        var item = ChecklistItem(id: "status", title: "Store status and inactivity")
        guard let status = snapshot.status else {
            item.add(.unknown, "the snapshot has no status section (last login, last valid operation)")
            return item
        }
        switch status.state {
        case "banned", "suspended", "deactivated", "closed":
            item.add(.critical, "the store is \(status.state!)", action: "appeal in Seller Center or through a platform support ticket")
        case "delisted":
            item.add(.critical, "the store's products are delisted", action: "reactivate: \(Self.operation)")
        default: break
        }
        let warning = item.threshold("inactivity_warning_days", in: context)
        let inactive = item.threshold("inactivity_days", in: context)
        let grace = item.threshold("inactivity_grace_days", in: context)
        let ban = item.threshold("inactivity_ban_days", in: context)
        if let notice = status.inactivityNotice, let grace {
            let deadline = context.date(notice, plus: Int(grace))
            let overdue = deadline < context.date
            item.add(.critical, "inactivity notice received on \(notice.date.description); " + (overdue
                ? "the \(Int(grace))-day window ended on \(deadline): products may already be delisted"
                : "one valid operation is due by \(deadline)"), action: Self.operation, deadline: deadline)
        }
        let activity = [status.lastValidOperation, status.lastLogin].compactMap { $0 }.max()
        guard let activity else {
            if status.inactivityNotice == nil { item.add(.unknown, "no last login or valid operation in the snapshot") }
            return item
        }
        guard let warning, let inactive, let grace, let ban else {
            item.add(.unknown, "profile \(context.profile) has no inactivity thresholds")
            return item
        }
        let idle = context.days(since: activity)
        let since = "last activity \(idle) day(s) ago (\(activity.date.description))"
        if idle >= Int(ban) {
            item.add(.critical, "\(since): \(Int(ban)) days or more risks a permanent ban", action: Self.operation, deadline: context.date)
        } else if idle >= Int(inactive) {
            let deadline = context.date(activity, plus: Int(inactive) + Int(grace))
            item.add(.critical, "\(since): marked inactive at \(Int(inactive)) days; products are delisted \(Int(grace)) days after the notice",
                     action: Self.operation, deadline: max(deadline, context.date))
        } else if idle >= Int(warning) {
            let deadline = context.date(activity, plus: Int(inactive))
            item.add(.warning, "\(since): the store is marked inactive at \(Int(inactive)) days, on \(deadline)", action: Self.operation, deadline: deadline)
        } else {
            item.add(.ok, since)
        }
        return item
    }
}
