public import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileSystem {
  /// The current `errno`'s reason, for a message: the system's own text in English, and the
  /// Danish wording of the common reasons (`ENOSPC`: "der er ikke mere plads på enheden"); a
  /// reason without one is shown in Danish with the system's text quoted.
  public static var lastErrorMessage: MessageArgument { message(forError: errno) }

  /// The reason `code` (an `errno` value) in both languages.
  public static func message(forError code: Int32) -> MessageArgument {
    let english = String(cString: strerror(code))
    return .localized(da: danishReasons[code] ?? "systemfejl '\(english)'", en: english)
  }

  private static let danishReasons: [Int32: String] = [
    EPERM: "handlingen er ikke tilladt",
    ENOENT: "filen eller mappen findes ikke",
    EIO: "fejl ved læsning eller skrivning på enheden",
    EACCES: "adgang nægtet",
    EEXIST: "filen findes allerede",
    EXDEV: "filen kan ikke flyttes til et andet filsystem",
    ENOTDIR: "en del af stien er ikke en mappe",
    EISDIR: "det er en mappe",
    EINVAL: "ugyldigt argument",
    ENFILE: "for mange åbne filer i systemet",
    EMFILE: "for mange åbne filer",
    EFBIG: "filen er for stor",
    ENOSPC: "der er ikke mere plads på enheden",
    EROFS: "filsystemet er skrivebeskyttet",
    EPIPE: "modtageren har lukket forbindelsen",
    ENAMETOOLONG: "navnet er for langt",
    ELOOP: "for mange symbolske links",
    EDQUOT: "diskkvoten er opbrugt",
  ]
}
