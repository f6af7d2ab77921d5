/// The one script of the portfolio HTML report: sorting the matrix by a column, filtering it (and
/// the vendors' sections) by verdict, severity, clause and text, expanding and collapsing the
/// sections, and opening them all before printing. It reads its data from `data-` attributes and
/// holds no text, so it is the same in every report, and the report's Content-Security-Policy
/// allows it by its SHA-256 hash (a test recomputes the hash). Without it the report is a static
/// table with every section open.
enum PortfolioScript {
  /// The script's text, as the `<script>` element holds it.
  static let source = #"""
    (function () {
      var panel = document.getElementById("filters"), table = document.getElementById("matrix");
      if (!panel || !table) return;
      panel.hidden = false;
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var rank = { low: 1, medium: 2, high: 3, critical: 4 };
      var field = function (name) { return panel.querySelector("[data-filter=" + name + "]"); };
      var sections = function () { return document.querySelectorAll("details.vendor"); };
      function apply() {
        var verdict = field("verdict").value, severity = rank[field("severity").value] || 0;
        var clause = field("clause").value, text = field("text").value.toLowerCase(), shown = 0;
        rows.forEach(function (row) {
          var d = row.dataset;
          var ok = (!verdict || d.verdict === verdict) && (!severity || (rank[d.severity] || 0) >= severity) &&
            (!clause || (" " + d.clauses + " ").indexOf(" " + clause + " ") >= 0) &&
            (!text || d.text.indexOf(text) >= 0);
          row.hidden = !ok;
          var section = document.getElementById(d.target);
          if (section) section.hidden = !ok;
          if (ok) shown++;
        });
        document.getElementById("shown").textContent = shown + " / " + rows.length;
      }
      panel.addEventListener("input", apply);
      panel.addEventListener("change", apply);
      panel.addEventListener("click", function (event) {
        var open = event.target.getAttribute("data-open");
        if (open !== null) Array.prototype.forEach.call(sections(), function (d) { d.open = open === "1"; });
      });
      var key = function (row, column) {
        var cell = row.cells[column];
        return cell ? (cell.getAttribute("data-sort") || cell.textContent.trim()) : "";
      };
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (heading, column) {
        var direction = -1;
        function sort() {
          direction = -direction;
          var order = rows.map(function (row, index) { return { row: row, index: index, key: key(row, column) }; });
          order.sort(function (a, b) {
            var x = parseFloat(a.key), y = parseFloat(b.key), c;
            if (!isNaN(x) && !isNaN(y)) c = x - y; else c = a.key.localeCompare(b.key, document.documentElement.lang);
            return c * direction || a.index - b.index;
          });
          order.forEach(function (item) { body.appendChild(item.row); });
          Array.prototype.forEach.call(heading.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
          heading.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
        }
        heading.tabIndex = 0;
        heading.classList.add("sortable");
        heading.addEventListener("click", sort);
        heading.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
      });
      window.addEventListener("beforeprint", function () {
        Array.prototype.forEach.call(sections(), function (d) { d.open = true; });
      });
      apply();
    })();
    """#

  /// The base64 SHA-256 of `source`, for `script-src 'sha256-…'`.
  static let sha256 = "asGdHrMhiSBe2HtSCuWyt8yd+CrT9MqydHBka/jexgY="
}
