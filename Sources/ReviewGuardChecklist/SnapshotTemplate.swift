/// An annotated example snapshot (`reviewguard snapshot template`): every field, what it means, and what the
/// checklist does with it. It loads as a valid snapshot (a test keeps it so).
public enum SnapshotTemplate {
    public static let yaml = """
        # ReviewGuard store snapshot, schema reviewguard-snapshot/1 (JSON Schema: schemas/store-snapshot.schema.json).
        # One store per file, a list of stores, or `stores: [...]`; JSON works too. Every section is optional:
        # what is missing is reported as "unknown", never as "ok". Times: ISO 8601 with an offset, or Unix seconds.
        # NEVER put passwords, one-time codes, tokens or cookies here: fields named like them are not read, and
        # the report flags the file.
        schema: reviewguard-snapshot/1
        store: glowlab-us              # the store id as chat and review exports name it (shop/store column)
        name: GlowLab US               # display name
        platform: tiktok               # tiktok, amazon, shopee, lazada: chooses the policy profile and thresholds
        market: US                     # US, UK, ID, VN, TH, MY, PH, SG...
        taken_at: 2026-11-25T08:30:00Z # when the team collected this
        status:                        # 1. store status and inactivity
          state: active                # active, warned, inactive, delisted, suspended, banned
          last_login: 2026-11-25T07:55:00-08:00
          last_valid_operation: 2026-11-24T16:20:00-08:00   # product edit, order processed, buyer answered
          # inactivity_notice_at: 2026-11-20T09:00:00Z      # when "your store is inactive" arrived: act within 7 days
        security:                      # 2. account security
          two_step_verification: true
          password_policy: {length: 14, uppercase: true, lowercase: true, digits: true, symbols: true}  # facts only
          known_ips: [203.0.113.10]
          known_countries: [US]
          logins:                      # recent logins; a new IP warns, a new country is critical
            - {at: 2026-11-25T07:55:00-08:00, ip: 203.0.113.10, country: US, account: owner}
          sub_accounts:                # least privilege: one full-access account, no finance for customer service
            - {name: owner, role: admin, permissions: [all]}
            - {name: cs-maria, role: cs, permissions: [chat]}
        funds:                         # 3. funds and negative balance
          currency: USD                # thresholds are in USD: give usd_rate for another currency
          # usd_rate: 0.2237           # US dollars per unit of currency
          balance: 1840.25             # negative when platform expenses exceed revenue
          # negative_since: 2026-11-20T00:00:00Z
          withdrawals: normal          # normal, frozen, restricted
          settlement_invoices:
            - {id: INV-2026-11-24, status: pending, amount: 1840.25}   # settled, pending, failed, disputed, overdue
        orders:                        # 5. orders (check twice daily)
          pending:
            - {id: "577120394812001", ship_by: 2026-11-25T18:00:00Z}
          rts_failures: []             # each: {id, at, status: open|resolved}
          interceptions: []
          disputes: []
          non_receipt_complaints: []
        inventory:                     # 6. stock at or below safety stock warns; below open orders is oversold
          - {sku: SERUM-30, stock: 412, safety_stock: 80, open_orders: 12}
        customer_service:              # 7. unread messages against the market's window (24 h US/UK, 12 h SEA)
          unread:
            - {conversation: c-88121, received_at: 2026-11-25T06:10:00Z}
          response_rate: 96.4          # percent (or 0.964); below 90 warns, below 85 is critical
        violations:                    # 4. platform violation notices (reviews and chats come from the exports)
          - {id: N-1001, type: Inappropriate customer communication, at: 2026-11-20T10:00:00Z, points: 2, status: resolved}

        """
}
