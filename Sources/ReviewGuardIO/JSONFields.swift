import Foundation

/// The fields of a parsed JSON object as text, keyed by lowercased name: strings as they are, numbers and
/// booleans in their text form, nulls left out; other values (arrays, objects) only when asked for, described.
public enum JSONFields {
    public static func strings(_ object: [String: Any], describingOthers: Bool = false) -> [String: String] {
        var fields: [String: String] = [:]
        for (key, value) in object {
            let name = key.lowercased()
            guard fields[name] == nil else { continue }  // the first of keys differing only in case wins
            switch value {
            case let string as String: fields[name] = string
            case let number as NSNumber: fields[name] = number.stringValue
            case is NSNull: break
            default: if describingOthers { fields[name] = String(describing: value) }
            }
        }
        return fields
    }
}
