/// A self-contained HTML report page: inline styles, no scripts and no network, readable on a phone and
/// printable. Content is added as escaped text unless a method says it takes HTML.
public struct HTMLPage {
    /// A table cell: escaped text or ready HTML, with an optional class (`ok`, `warning`, `critical`, `num`...).
    public struct Cell {
        public var html: String
        public var className: String?

        public static func text(_ text: String, _ className: String? = nil) -> Cell { Cell(html: ReportText.html(text), className: className) }
        public static func html(_ html: String, _ className: String? = nil) -> Cell { Cell(html: html, className: className) }
        public static func number(_ value: Int) -> Cell { Cell(html: String(value), className: "num") }
    }

    public let title: String
    private var parts: [String] = []

    public init(title: String) { self.title = title }

    public mutating func heading(_ text: String, level: Int = 2, id: String? = nil) {
        let anchor = id.map { " id=\"\(ReportText.html($0))\"" } ?? ""
        parts.append("<h\(level)\(anchor)>\(ReportText.html(text))</h\(level)>")
    }

    public mutating func paragraph(_ text: String, className: String? = nil) {
        parts.append("<p\(className.map { " class=\"\($0)\"" } ?? "")>\(ReportText.html(text))</p>")
    }

    /// Adds ready HTML (the caller escapes what it puts in).
    public mutating func raw(_ html: String) { parts.append(html) }

    public mutating func list(_ items: [String]) {
        guard !items.isEmpty else { return }
        parts.append("<ul>" + items.map { "<li>\(ReportText.html($0))</li>" }.joined() + "</ul>")
    }

    public mutating func table(headers: [String], rows: [[Cell]], className: String? = nil) {
        var html = "<div class=\"scroll\"><table\(className.map { " class=\"\($0)\"" } ?? "")><thead><tr>"
        html += headers.map { "<th scope=\"col\">\(ReportText.html($0))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.map { cell in "<td\(cell.className.map { " class=\"\($0)\"" } ?? "")>\(cell.html)</td>" }.joined() + "</tr>"
        }
        if rows.isEmpty { html += "<tr><td colspan=\"\(headers.count)\" class=\"empty\">none</td></tr>" }
        parts.append(html + "</tbody></table></div>")
    }

    /// Text with the character range `start..<end` marked, for findings' excerpts.
    public static func highlighted(_ text: String, start: Int, end: Int) -> String {
        let characters = Array(text)
        let lower = max(0, min(start, characters.count))
        let upper = max(lower, min(end, characters.count))
        return ReportText.html(String(characters[..<lower])) + "<mark>" + ReportText.html(String(characters[lower..<upper]))
            + "</mark>" + ReportText.html(String(characters[upper...]))
    }

    public func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(ReportText.html(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <h1>\(ReportText.html(title))</h1>
        \(parts.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    private static let style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Noto Sans Thai",sans-serif;margin:0 auto;max-width:1200px;padding:12px;color:#1d1d1f;background:#fff}
        h1{font-size:1.5em;margin:.3em 0}h2{font-size:1.2em;margin:1.2em 0 .4em;border-bottom:1px solid #ddd}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.4em 0}
        th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f2f2f2}
        td.num{text-align:right;font-variant-numeric:tabular-nums}td.date{white-space:nowrap}td.empty{color:#777;text-align:center}
        .ok{background:#e3f4e1}.warning{background:#fff2c6}.critical{background:#fbd3d0;font-weight:600}.unknown{background:#e6e6ef}
        mark{background:#ffd54a;padding:0 1px}.muted{color:#666}.draft{font-style:italic;color:#333}
        .counts{display:flex;flex-wrap:wrap;gap:8px}.counts span{border:1px solid #ccc;border-radius:4px;padding:2px 8px}
        @media (max-width:600px){body{font-size:14px;padding:6px}th,td{padding:3px}}
        @media print{body{max-width:none}.scroll{overflow:visible}a{color:inherit;text-decoration:none}tr{page-break-inside:avoid}}
        """
}
