import ReviewGuardRules
import ReviewGuardScan
import ReviewGuardTriage
import Testing

@Suite struct ReviewColumnsTests {
    func review(_ fields: [String: String], columns: ReviewColumns = ReviewColumns()) -> Result<Review, SkipReason> {
        columns.review(RawRecord(file: "r.csv", line: 7, fields: fields))
    }

    @Test(arguments: [("1", 1), ("2.0", 2), ("4/5", 4), ("3 stars", 3), ("★★☆☆☆", 2), ("⭐⭐⭐⭐⭐", 5), ("4.5", 5), (" 5 ", 5)])
    func ratingsAsExportsWriteThem(text: String, expected: Int) throws {
        let parsed = try review(["rating": text, "text": "ok"]).get()
        #expect(parsed.rating == expected)
    }

    @Test(arguments: ["0", "6", "five", "", "-1", "3/10"])
    func unreadableRatingsAreSkippedWithTheirLine(text: String) {
        guard case .failure(let skip) = review(["rating": text, "text": "ok"]) else { Issue.record("\(text) was accepted"); return }
        #expect(skip.file == "r.csv" && skip.line == 7)
        #expect(skip.reason.contains("rating"))
    }

    @Test func commonColumnNamesAndOverrides() throws {
        let parsed = try review(["review_id": "R9", "shop": "s", "stars": "2", "content": "late", "created_at": "2026-11-20T23:30:00-05:00", "seller_reply": "Sorry"]).get()
        #expect(parsed.id == "R9" && parsed.store == "s" && parsed.rating == 2 && parsed.reply == "Sorry")
        #expect(parsed.date == PolicyDate("2026-11-21"))  // the UTC date
        let mapped = try review(["note": "4", "body": "fine"], columns: ReviewColumns(overrides: ["rating": "note"])).get()
        #expect(mapped.rating == 4 && mapped.id == "r.csv:7")
    }

    @Test func aRatingWithoutWordsIsAReview() throws {
        #expect(try review(["rating": "1", "text": ""]).get().text.isEmpty)
        guard case .failure(let skip) = review(["rating": "1"]) else { Issue.record("no text column accepted"); return }
        #expect(skip.reason.contains("no review text column"))
        guard case .failure(let time) = review(["rating": "1", "text": "x", "time": "yesterday"]) else { Issue.record("bad time accepted"); return }
        #expect(time.reason.contains("unreadable review time"))
    }
}
