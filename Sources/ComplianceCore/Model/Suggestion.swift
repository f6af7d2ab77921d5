import YAMLSupport

/// "Did you mean" suggestions by edit distance.
package enum Suggestion {
  /// `; did you mean 'x'?` for the candidate closest to `word`, or nil when none is close.
  static func message(for word: String, in candidates: some Collection<String>) -> DiagnosticMessage? {
    closest(to: word, in: candidates).map { DiagnosticMessage(.suggestion, .text($0)) }
  }

  /// The candidate closest to `word`, if it is close enough to be a likely typo.
  package static func closest(to word: String, in candidates: some Collection<String>) -> String? {
    let lowered = Array(word.lowercased().unicodeScalars)
    guard lowered.count <= 64 else { return nil }
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best else { return nil }
    // A word that is a prefix or suffix of a candidate ("hours" for "max_hours") is a likely slip too.
    let word = word.lowercased()
    if word.count >= 3, distance > 2,
      let affix = candidates.first(where: {
        $0.lowercased().hasSuffix(word) || $0.lowercased().hasPrefix(word)
          || word.hasPrefix($0.lowercased()) && $0.count >= 3
      })
    {
      return affix
    }
    let allowed = max(2, min(lowered.count, candidate.count) / 3)
    return distance <= allowed ? candidate : nil
  }

  /// Levenshtein distance with adjacent transpositions counted as one edit.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
