/// All policy profiles, and the resolution of one of them at a date.
public struct PolicyBook: Sendable {
    public var profiles: [String: PolicyProfile]

    /// What a profile says about one rule on a date, with where that comes from.
    public struct InForce: Sendable {
        public var severity: Severity?
        public var since: PolicyDate?
        public var source: String
        public var note: String
        /// The profile the setting was written in (after following `extends`).
        public var profile: String
    }

    static func load(directory: String, ruleIDs: Set<String>) throws -> PolicyBook {
        var profiles: [String: PolicyProfile] = [:]
        guard RuleSet.isDirectory(directory) else { return PolicyBook(profiles: [:]) }
        for path in try RuleSet.listYAML(directory) {
            let source = try RuleSet.readFile(path)
            let profile = try PolicyProfile.load(path: path, source: source, ruleIDs: ruleIDs)
            if profiles[profile.id] != nil {
                throw ConfigurationError(path: path, line: 1, column: 1, message: "duplicate profile id '\(profile.id)'", source: source)
            }
            profiles[profile.id] = profile
        }
        for profile in profiles.values {
            var seen: [String] = [profile.id]
            var parent = profile.extends
            while let name = parent {
                guard let next = profiles[name] else {
                    throw ConfigurationError(path: profile.path, line: 1, column: 1, message: "profile '\(profile.id)' extends unknown profile '\(name)'", source: "")
                }
                if seen.contains(name) {
                    throw ConfigurationError(path: profile.path, line: 1, column: 1, message: "profiles extend each other in a cycle: \((seen + [name]).joined(separator: " → "))", source: "")
                }
                seen.append(name)
                parent = next.extends
            }
        }
        return PolicyBook(profiles: profiles)
    }

    /// The profile for a platform and market: an exact match, else the platform's own, else an error.
    public func profileID(platform: String?, market: String?) throws -> String {
        guard let platform = platform?.lowercased() else { return "default" }
        let candidates = profiles.values.filter { $0.platform == platform }
        if let market = market?.uppercased(), let exact = candidates.first(where: { $0.market == market }) { return exact.id }
        if let general = candidates.first(where: { $0.market == nil }) { return general.id }
        let known = Set(profiles.values.compactMap(\.platform)).sorted().joined(separator: ", ")
        throw PolicyError.unknownPlatform(platform, known: known)
    }

    /// The setting of `rule` in force on `date` for a profile, following `extends`; nil when no profile of the
    /// chain says anything in force then (the rule's own default applies).
    public func setting(rule: String, profile id: String, on date: PolicyDate) -> InForce? {
        var current: String? = id
        while let name = current, let profile = profiles[name] {
            if let versions = profile.rules[rule], let setting = versions.last(where: { $0.since <= date }) {
                return InForce(severity: setting.severity, since: setting.since, source: setting.source, note: setting.note, profile: name)
            }
            current = profile.extends
        }
        return nil
    }
}

/// A policy selection that does not exist.
public enum PolicyError: Error, CustomStringConvertible {
    case unknownPlatform(String, known: String)
    case unknownProfile(String, known: String)

    public var description: String {
        switch self {
        case .unknownPlatform(let platform, let known): "no policy profile for platform '\(platform)' (known: \(known))"
        case .unknownProfile(let id, let known): "no policy profile '\(id)' (known: \(known))"
        }
    }
}
