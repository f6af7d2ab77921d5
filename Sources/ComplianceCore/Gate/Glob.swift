import YAMLSupport

/// Glob matching for waiver paths: `*` and `?` within a path segment, `**` across segments.
///
/// Matching uses a table over pattern and path positions, so it takes time proportional to their
/// product even for hostile patterns; there is no backtracking blow-up.
package enum Glob {
  package static func matches(_ pattern: String, _ path: String) -> Bool {
    let patternParts = pattern.split(separator: "/").map(String.init)
    let pathParts = path.split(separator: "/").map(String.init)
    // reachable[i][j]: the first i pattern segments match the first j path segments.
    var reachable = Array(repeating: Array(repeating: false, count: pathParts.count + 1), count: patternParts.count + 1)
    reachable[0][0] = true
    for i in 1...max(patternParts.count, 1) where i <= patternParts.count {
      let segment = patternParts[i - 1]
      for j in 0...pathParts.count {
        if segment == "**" {
          reachable[i][j] = reachable[i - 1][j] || (j > 0 && reachable[i][j - 1])
        } else if j > 0 {
          reachable[i][j] =
            reachable[i - 1][j - 1]
            && matchesSegment(Array(segment.unicodeScalars), Array(pathParts[j - 1].unicodeScalars))
        }
      }
    }
    return reachable[patternParts.count][pathParts.count]
  }

  /// `*` and `?` within one segment, by dynamic programming.
  static func matchesSegment(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Bool {
    var previous = Array(repeating: false, count: text.count + 1)
    previous[0] = true
    for p in pattern {
      var current = Array(repeating: false, count: text.count + 1)
      if p == "*" { current[0] = previous[0] }
      for j in stride(from: 1, through: text.count, by: 1) {
        switch p {
        case "*": current[j] = previous[j] || current[j - 1]
        case "?": current[j] = previous[j - 1]
        default: current[j] = previous[j - 1] && text[j - 1] == p
        }
      }
      previous = current
    }
    return previous[text.count]
  }
}
