import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardTriage
import Testing

@Suite struct TriageDecisionTests {
    static func triager(profile: String = "default") throws -> ReviewTriager {
        try ReviewTriager.load(rules: mainRules, directory: lexicons, profile: profile, asOf: PolicyDate("2026-11-25")!)
    }

    static func review(_ rating: Int, _ text: String, reply: String? = nil, time: String = "2026-11-20T10:00:00Z", language: String? = nil) -> Review {
        Review(id: "r", file: "f", line: 1, store: "s", sku: nil, order: nil, rating: rating, text: text, time: time,
               date: TimeParser.parse(time).map { PolicyDate(secondsSince1970: $0.seconds) }, reply: reply, replyTime: nil, language: language)
    }

    @Test func lowRatingsWithoutAReplyNeedOne() throws {
        let triager = try Self.triager()
        #expect(triager.triage(Self.review(1, "Arrived broken.")).actions == [.reply])
        #expect(triager.triage(Self.review(2, "")).actions == [.reply])
        #expect(triager.triage(Self.review(3, "Meh, arrived broken.")).actions.isEmpty)
        #expect(triager.triage(Self.review(5, "Love it")).actions.isEmpty)
    }

    @Test func aCompliantReplyClosesItAndANonCompliantOneDoesNot() throws {
        let triager = try Self.triager()
        let good = triager.triage(Self.review(1, "Arrived broken.", reply: "We're sorry. Please request a replacement from the order page and we'll send it right away."))
        #expect(good.actions.isEmpty)
        let bad = triager.triage(Self.review(1, "Arrived broken.", reply: "Sorry! Please change your rating to 5 stars and we will refund you."))
        #expect(bad.actions == [.reply])
        #expect(bad.replyFindings.contains { $0.category == "review-edit-compensation" })
        #expect(bad.replyReason?.contains("breaks a rule") == true)
        #expect(bad.draft != nil)
    }

    @Test func draftsFollowTheTopicAndTheLanguage() throws {
        let triager = try Self.triager()
        let item = triager.triage(Self.review(1, "物流太慢了，等了半个月"))
        #expect(item.draftLanguage == "zh")
        #expect(item.topics.contains("shipping-delay"))
        let hinted = triager.triage(Self.review(1, "", language: "pt-BR"))
        #expect(hinted.draftLanguage == "pt")
    }

    /// The buyer's own rating bounds the praise: a 1–2 star review is a complaint whatever nice words it holds,
    /// and a 4-star review is praise even when its words only name what cost the fifth star.
    @Test func theRatingBoundsThePositiveTopic() throws {
        let triager = try Self.triager()
        let rant = "Loved it at first, but the strap broke after two days."
        #expect(!triager.triage(Self.review(1, rant)).topics.contains("positive"))
        #expect(!triager.triage(Self.review(2, rant)).topics.contains("positive"))
        #expect(triager.triage(Self.review(4, "A bit heavy.")).topics.contains("positive"))
        #expect(!triager.triage(Self.review(3, "A bit heavy.")).topics.contains("positive"))
        let irony = triager.triage(Self.review(5, "Great seller, the parcel took three weeks to arrive 👏"))
        #expect(irony.topics == ["shipping-delay"])
        #expect(triager.triage(Self.review(5, "Great kettle, but it's cheaper at the other store.")).topics.contains("positive"))
        var options = ReviewTriager.Options()
        options.complaintRatings = 1...1
        options.praiseRatings = 5...5
        let custom = try ReviewTriager.load(rules: mainRules, directory: lexicons, profile: "default", asOf: PolicyDate("2026-11-25")!, options: options)
        #expect(custom.triage(Self.review(2, rant)).topics.contains("positive"))
        #expect(!custom.triage(Self.review(4, "A bit heavy.")).topics.contains("positive"))
    }

    /// TikTok VN lets only reviews from the last 30 days be reported: the deadline is 30 days after the review.
    @Test func theReportingWindowComesFromTheProfile() throws {
        let coercive = "Refund me or I keep the 1 star."
        let vietnam = try Self.triager(profile: "tiktok-vn")
        let recent = vietnam.triage(Self.review(1, coercive, time: "2026-11-20T10:00:00Z"))
        #expect(recent.actions == [.reply, .report])
        #expect(recent.reportDeadline == PolicyDate("2026-12-20"))
        #expect(recent.daysLeft(asOf: PolicyDate("2026-11-25")!) == 25)
        let old = vietnam.triage(Self.review(1, coercive, time: "2026-10-20T10:00:00Z"))
        #expect(old.reportWindowClosed && old.actions == [.reply] && old.signals.map(\.id) == ["coercion"])
        #expect(try Self.triager().triage(Self.review(1, coercive, time: "2026-01-01T00:00:00Z")).actions == [.reply, .report])
    }

    @Test func olderUnansweredLowRatingsComeFirst() throws {
        let triager = try Self.triager()
        let items = [
            triager.triage(Self.review(2, "slow", time: "2026-11-24T00:00:00Z")),
            triager.triage(Self.review(1, "bad", time: "2026-11-01T00:00:00Z")),
            triager.triage(Self.review(5, "Follow me for deals www.cheap-towels.example.com", time: "2026-10-01T00:00:00Z")),
        ]
        let ordered = ReviewTriager.prioritized(items, asOf: PolicyDate("2026-11-25")!)
        #expect(ordered.map(\.review.time) == ["2026-11-01T00:00:00Z", "2026-11-24T00:00:00Z", "2026-10-01T00:00:00Z"])
        #expect(ordered.map(\.priority) == [1, 2, 3])
    }
}
