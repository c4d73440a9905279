import ReviewGuardRules

/// 2. Account security: two-step verification, the password policy, logins from new IPs or countries, and
/// sub-accounts beyond least privilege. A snapshot that carried a secret is itself a finding.
struct AccountSecurityCheck: ChecklistCheck {
    static let fullAccess: Set<String> = ["all", "admin", "full", "owner", "*"]

    func evaluate(_ snapshot: StoreSnapshot, in context: ChecklistContext) -> ChecklistItem {
        var item = ChecklistItem(id: "security", title: "Account security")
        for secret in snapshot.secrets {
            item.add(.critical, "the snapshot file holds a secret-looking field '\(secret.key)' (\(snapshot.file):\(secret.line)); it was not read",
                     action: "remove passwords, codes, tokens and cookies from snapshot files and change the exposed secret")
        }
        guard let security = snapshot.security else {
            item.add(.unknown, "the snapshot has no security section (2SV, password policy, logins, sub-accounts)")
            return item
        }
        switch security.twoStepVerification {
        case true?: item.add(.ok, "2-step verification is on")
        case false?: item.add(.critical, "2-step verification is off", action: "turn on 2-step verification for the main account", deadline: context.date)
        case nil: item.add(.unknown, "2-step verification: not in the snapshot")
        }
        checkPassword(security.password, &item, context)
        checkLogins(security, &item)
        checkSubAccounts(security.subAccounts, &item, context)
        return item
    }

    private func checkPassword(_ policy: StoreSnapshot.PasswordPolicy?, _ item: inout ChecklistItem, _ context: ChecklistContext) {
        guard let policy else { return item.add(.unknown, "password policy: not in the snapshot") }
        let minimum = item.threshold("password_min_length", in: context).map(Int.init) ?? 8
        var gaps: [String] = []
        if let length = policy.length, length < minimum { gaps.append("\(length) characters (at least \(minimum))") }
        let classes = [("uppercase", policy.uppercase), ("lowercase", policy.lowercase), ("digits", policy.digits), ("symbols", policy.symbols)]
        gaps += classes.filter { $0.1 == false }.map { "no \($0.0)" }
        let unknown = (policy.length == nil ? ["length"] : []) + classes.filter { $0.1 == nil }.map(\.0)
        if !gaps.isEmpty {
            item.add(.warning, "weak password policy: " + gaps.joined(separator: ", "), action: "set a password of \(minimum)+ characters mixing upper- and lowercase, digits and symbols")
        } else if !unknown.isEmpty {
            item.add(.unknown, "password policy: " + unknown.joined(separator: ", ") + " not in the snapshot")
        } else {
            item.add(.ok, "password policy meets \(minimum)+ characters with all character classes")
        }
    }

    private func checkLogins(_ security: StoreSnapshot.Security, _ item: inout ChecklistItem) {
        guard let logins = security.logins else { return item.add(.unknown, "login history: not in the snapshot") }
        guard security.knownIPs != nil || security.knownCountries != nil else {
            return item.add(.unknown, "\(logins.count) login(s) but no known IPs or countries to compare them with")
        }
        let action = "confirm the login with the account's owner; if unknown, change the password, sign out all sessions and review sub-accounts"
        var suspicious = 0
        for login in logins {
            let who = [login.account, login.at.map(\.date.description)].compactMap { $0 }.joined(separator: ", ")
            if let country = login.country, let known = security.knownCountries, !known.contains(country) {
                item.add(.critical, "login from a new country \(country)\(login.ip.map { " (\($0))" } ?? "")\(who.isEmpty ? "" : " by \(who)")", action: action)
                suspicious += 1
            } else if let ip = login.ip, let known = security.knownIPs, !known.contains(ip) {
                item.add(.warning, "login from a new IP \(ip)\(who.isEmpty ? "" : " by \(who)")", action: action)
                suspicious += 1
            }
        }
        if suspicious == 0 { item.add(.ok, "\(logins.count) login(s), all from known IPs and countries") }
    }

    private func checkSubAccounts(_ accounts: [StoreSnapshot.SubAccount]?, _ item: inout ChecklistItem, _ context: ChecklistContext) {
        guard let accounts else { return item.add(.unknown, "sub-accounts: not in the snapshot") }
        let limit = item.threshold("sub_account_max_admins", in: context).map(Int.init) ?? 1
        let full = accounts.filter { Self.fullAccess.contains($0.role ?? "") || !Self.fullAccess.isDisjoint(with: $0.permissions) }
        let action = "give each sub-account only the permissions its job needs"
        if full.count > limit {
            item.add(.warning, "\(full.count) sub-accounts with full access (\(full.map(\.name).joined(separator: ", "))); at most \(limit)", action: action)
        }
        let service = accounts.filter { ["cs", "customer_service", "support", "agent"].contains($0.role ?? "") && $0.permissions.contains { ["finance", "funds", "withdrawal", "withdrawals"].contains($0) } }
        for account in service {
            item.add(.warning, "customer-service sub-account \(account.name) can reach finance", action: action)
        }
        if full.count <= limit && service.isEmpty { item.add(.ok, "\(accounts.count) sub-account(s) within least privilege") }
    }
}
