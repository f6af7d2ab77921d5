import ComplianceCore
import Testing

@Suite struct PathNameTests {
  @Test(arguments: [
    ("x.yaml", "x.yaml"), ("./x.yaml", "x.yaml"), ("a//b/./c.yaml", "a/b/c.yaml"), ("a/", "a"), ("./", "."),
    ("/w/d/a.yaml", "a.yaml"), ("/w/d/./v//a.yaml", "v/a.yaml"), ("/w/dx/a.yaml", "/w/dx/a.yaml"),
    ("/w/d", "/w/d"), ("/other/a.yaml", "/other/a.yaml"), ("../a.yaml", "../a.yaml"),
  ])
  func normalised(_ path: String, _ expected: String) {
    #expect(PathName.normalised(path, workingDirectory: "/w/d") == expected)
  }

  @Test func belowTheRootAbsolutePathsStayAbsolute() {
    #expect(PathName.normalised("/tmp/a.yaml", workingDirectory: "/") == "/tmp/a.yaml")
    #expect(PathName.normalised("/tmp/a.yaml", workingDirectory: nil) == "/tmp/a.yaml")
  }
}
