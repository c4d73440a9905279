import ReviewGuardScan
import ReviewGuardRules

/// 7. Customer service: unread messages beyond the market's response window, and the response rate against the
/// warning and enforcement levels.
struct CustomerServiceCheck: ChecklistCheck {
    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem {
        var item = ChecklistItem(id: "customer-service", title: "Customer service")
        guard let service = snapshot.customerService else {
            item.add(.unknown, "the snapshot has no customer_service section (unread messages, response rate)")
            return item
        }
        let hours = item.threshold("message_response_hours", in: context) ?? 12
        let warning = item.threshold("response_rate_warning", in: context) ?? 90
        let critical = item.threshold("response_rate_critical", in: context) ?? 85
        if let unread = service.unread {
            let late = unread.filter { context.now - $0.received.seconds > hours * 3600 }
            let waiting = unread.filter { context.now - $0.received.seconds <= hours * 3600 }
            if !late.isEmpty {
                let oldest = late.map { context.hours(since: $0.received) }.max()!
                item.add(.critical, "\(late.count) unread message(s) older than \(Int(hours)) h (oldest \(oldest) h)",
                         action: "answer them now with a real reply (a greeting does not count)", deadline: context.date)
            }
            if let first = waiting.min(by: { $0.received < $1.received }) {
                let due = StoreSnapshot.Moment(iso: "", seconds: first.received.seconds + hours * 3600)
                // Past half the window it is today's work; before that it is routine.
                let urgent = context.now - first.received.seconds > hours * 1800
                item.add(urgent ? .warning : .ok, "\(waiting.count) unread message(s) inside the \(Int(hours)) h window, the first due \(TimeParser.iso(due.seconds))",
                         action: "answer them before the window closes", deadline: due.date)
            }
            if unread.isEmpty { item.add(.ok, "no unread message") }
        } else {
            item.add(.unknown, "unread messages: not in the snapshot")
        }
        if let rate = service.responseRate {
            let text = "response rate \(Self.percent(rate))"
            if rate < critical {
                item.add(.critical, "\(text), below \(Self.percent(critical)): enforcement may follow", action: "answer every customer-initiated chat within \(Int(hours)) h")
            } else if rate < warning {
                item.add(.warning, "\(text), below \(Self.percent(warning)): the platform warns", action: "answer every customer-initiated chat within \(Int(hours)) h")
            } else {
                item.add(.ok, text)
            }
        } else {
            item.add(.unknown, "response rate: not in the snapshot")
        }
        return item
    }

    static func percent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\((value * 10).rounded() / 10)%"
    }
}
