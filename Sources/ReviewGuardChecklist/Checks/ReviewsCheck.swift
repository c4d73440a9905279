import ReviewGuardRules
import ReviewGuardTriage

/// 4. Reviews and violations: low ratings awaiting a reply and report candidates (from the triage), the store's
/// chat findings (from the scan), and the platform's violation notices.
struct ReviewsCheck: ChecklistCheck {
    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem {
        var item = ChecklistItem(id: "reviews", title: "Reviews and violations")
        if let violations = snapshot.violations {
            let open = violations.filter(\.isOpen)
            if open.isEmpty {
                item.add(.ok, "no open violation notice")
            } else {
                let points = open.compactMap(\.points).reduce(0, +)
                item.add(.critical, "\(open.count) open violation notice(s): \(open.map(\.type).joined(separator: ", "))" + (points > 0 ? " (\(Int(points)) points)" : ""),
                         action: "read each notice in Seller Center; fix the cause and appeal within the notice's window if it is wrong", deadline: context.date)
            }
        }
        if let findings = context.chatFindings {
            let errors = findings.filter { $0.severity == .error }
            let warnings = findings.filter { $0.severity == .warning }
            let categories = Set(findings.map(\.category)).sorted().joined(separator: ", ")
            let action = "correct the agents and reply templates behind these messages (see the chat findings)"
            if !errors.isEmpty {
                item.add(.critical, "\(errors.count) chat message(s) break review rules (\(categories))", action: action, deadline: context.date)
            } else if !warnings.isEmpty {
                item.add(.warning, "\(warnings.count) chat message(s) at warning level (\(categories))", action: action)
            } else {
                item.add(.ok, "no chat finding")
            }
        }
        if let reviews = context.reviews {
            let badReplies = reviews.filter { $0.actions.contains(.reply) && !$0.replyFindings.isEmpty }
            let unanswered = reviews.filter { $0.actions.contains(.reply) && $0.replyFindings.isEmpty }
            let reports = reviews.filter { $0.actions.contains(.report) }
            if !badReplies.isEmpty {
                item.add(.critical, "\(badReplies.count) public review repl(ies) break review rules", action: "rewrite these replies from the compliant drafts", deadline: context.date)
            }
            if !unanswered.isEmpty {
                let oldest = unanswered.compactMap(\.ageDays).max().map { ", oldest \($0) day(s)" } ?? ""
                item.add(.warning, "\(unanswered.count) low rating(s) without a reply\(oldest)", action: "answer the low ratings with the triage list's drafts", deadline: context.date)
            }
            if !reports.isEmpty {
                item.add(.warning, "\(reports.count) review(s) look malicious", action: "report them through the platform's ticket",
                         deadline: reports.compactMap(\.reportDeadline).min())
            }
            if badReplies.isEmpty && unanswered.isEmpty && reports.isEmpty { item.add(.ok, "no review needs an action") }
        }
        if item.notes.isEmpty { item.add(.unknown, "no reviews, chats or violation notices were given for this store") }
        return item
    }
}
