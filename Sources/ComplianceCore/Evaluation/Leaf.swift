public import YAMLSupport

/// A test of one field.
///
/// A class, so that evaluating a check shares it instead of copying its fields.
public final class Leaf: Sendable {
  /// The value tested.
  public let subject: Subject
  /// The test.
  public let operation: Operation
  /// Where the leaf is defined.
  public let location: SourceLocation
  /// What a failure of this test means, in the domain's words (`says`), with `{label}` and
  /// `{value}` for the list item's name and the value read; nil to describe it generically.
  public let says: LocalizedText?

  init(subject: Subject, operation: Operation, location: SourceLocation, says: LocalizedText? = nil) {
    self.subject = subject
    self.operation = operation
    self.location = location
    self.says = says
  }

  /// For `same_as` / `different_from`: the value compared with.
  public var other: Subject? { operation.other }
}
