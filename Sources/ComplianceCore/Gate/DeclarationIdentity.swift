/// What makes two declarations the same one over time (design §8): the normalised path, then the
/// vendor and service name when the path changed. An identity that matches no entry, or more than
/// one, is new: one file's findings or answers are never compared with another file's.
///
/// `--baseline` finds a declaration's earlier findings by it, and `diff` pairs the files of two
/// folders by it.
public struct DeclarationIdentity: Sendable, Hashable {
  /// The path, normalised (`PathName.normalised`); for `diff` over folders, relative to its folder.
  public var file: String
  /// `vendor.name`.
  public var vendor: String?
  /// `service.name`.
  public var service: String?
  /// Whether `service` was recorded (a baseline from before the `service` key is matched by vendor
  /// alone).
  public var recordsService: Bool

  /// Creates an identity.
  public init(file: String, vendor: String?, service: String?, recordsService: Bool = true) {
    self.file = file
    self.vendor = vendor
    self.service = service
    self.recordsService = recordsService
  }

  /// The position of the one entry of `candidates` that `self` identifies, or nil.
  ///
  /// - Parameter byFile: the positions of `candidates` by file, when the caller keeps them; made
  ///   here otherwise.
  public func match(in candidates: [DeclarationIdentity], byFile: [String: [Int]]? = nil) -> Int? {
    let positions =
      byFile.map { $0[file] ?? [] } ?? candidates.indices.filter { candidates[$0].file == file }
    if !positions.isEmpty { return positions.count == 1 ? positions[0] : nil }
    guard let vendor else { return nil }
    let matching = candidates.indices.filter { index in
      let candidate = candidates[index]
      return candidate.vendor == vendor && (!candidate.recordsService || candidate.service == service)
    }
    return matching.count == 1 ? matching[0] : nil
  }

  /// Pairs two runs' declarations: each newer one with the older one it identifies, when that
  /// older one is identified by no other. The unpaired are returned apart, in their given order.
  public static func pair(old: [DeclarationIdentity], new: [DeclarationIdentity]) -> (
    pairs: [(old: Int, new: Int)], oldOnly: [Int], newOnly: [Int]
  ) {
    var byFile: [String: [Int]] = [:]
    for (index, identity) in old.enumerated() { byFile[identity.file, default: []].append(index) }
    let matches = new.map { $0.match(in: old, byFile: byFile) }
    var claims: [Int: Int] = [:]
    for match in matches.compactMap({ $0 }) { claims[match, default: 0] += 1 }
    var pairs: [(old: Int, new: Int)] = []
    var newOnly: [Int] = []
    for (index, match) in matches.enumerated() {
      if let match, claims[match] == 1 { pairs.append((match, index)) } else { newOnly.append(index) }
    }
    let paired = Set(pairs.map(\.old))
    return (pairs, old.indices.filter { !paired.contains($0) }, newOnly)
  }
}
