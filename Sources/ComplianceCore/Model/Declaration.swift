import YAMLSupport

/// A vendor's self-declaration, validated against the questionnaire.
public struct Declaration: Sendable {
  /// The path as given by the user.
  public var file: String
  /// The root object.
  public var root: Located

  /// Creates a declaration.
  public init(file: String, root: Located) {
    self.file = file
    self.root = root
  }

  /// `vendor.name`, or nil when unanswered.
  public var vendorName: String? {
    guard case .object(let top) = root.value, case .object(let vendor)? = top["vendor"]?.value,
      case .string(let name)? = vendor["name"]?.value
    else { return nil }
    return name
  }

  /// `service.name`, or nil when unanswered.
  public var serviceName: String? {
    guard case .object(let top) = root.value, case .object(let service)? = top["service"]?.value,
      case .string(let name)? = service["name"]?.value
    else { return nil }
    return name
  }

  /// `vendor.cvr`, or nil when unanswered.
  public var vendorCVR: String? {
    guard case .string(let cvr)? = value(at: "vendor.cvr")?.value else { return nil }
    return cvr
  }

  /// `declared_on`, or nil when unanswered.
  public var declaredOn: Day? {
    guard case .date(let day)? = value(at: "declared_on")?.value else { return nil }
    return day
  }

  /// How many values the declaration holds, counting every list item and object member.
  var nodeCount: Int {
    var count = 0
    var pending: [Located] = [root]
    while let next = pending.popLast() {
      count += 1
      switch next.value {
      case .list(let items): pending.append(contentsOf: items)
      case .object(let members): for member in members { pending.append(member.value) }
      default: break
      }
    }
    return count
  }

  /// The value at a dotted path of object keys, if present and not null.
  public func value(at path: String) -> Located? {
    var current = root
    for key in path.parts(separatedBy: UInt8(ascii: "."), omittingEmpty: true) {
      guard case .object(let members) = current.value, let next = members[String(key)], !next.isNull
      else { return nil }
      current = next
    }
    return current
  }
}
