#!/usr/bin/env bash
# Runs the pull-request steps of Examples/ci/github-actions.yml on a throwaway repository in a
# temporary folder, and checks what they do:
#
#   main        vendors/a.yaml, a vendor with a lasting critical gap (BR-01); the baseline is its report
#   PR 1        adds vendors/b.yaml, a vendor with a new gap (TRF-03): fails, and the report names
#               b.yaml's gap and not a.yaml's
#   PR 2        edits vendors/a.yaml without making it worse: passes, the lasting gap is in the baseline
#   PR 3        changes only README.md: nothing to check, passes
#   PR 4        adds waivers.yaml: the whole folder is checked with it, against the baseline: passes
#
# Each pull request is checked out as GitHub does, as the merge of its branch into main, in a
# clone of a bare "origin". The functions recipe_* hold the recipe's `run:` blocks line for line
# (Tests/CLITests/CIRecipeTests.swift compares them), and each runs in its own `bash -eo pipefail`,
# as a GitHub step does.
#
#   scripts/try-github-recipe.sh            # uses .build/debug/dpacheck
#   DPACHECK=path/to/dpacheck scripts/try-github-recipe.sh
#
# Exits 0 when every expectation holds, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dpacheck=${DPACHECK:-$root/.build/debug/dpacheck}
case "$dpacheck" in /*) ;; *) dpacheck="$PWD/$dpacheck" ;; esac
if [ ! -x "$dpacheck" ]; then
  echo "no dpacheck binary at $dpacheck: run 'swift build' or set DPACHECK" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dpacheck-recipe.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
ln -s "$dpacheck" "$tmp/bin/dpacheck"
export PATH="$tmp/bin:$PATH"
export NO_COLOR=1

# The recipe's env: and the step's env: (github.base_ref).
export DECLARATIONS=vendors WAIVERS=waivers.yaml FAIL_ON=high BASE_REF=main
# Commits of the sample repository, without the user's git configuration.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="Sample Municipality" GIT_AUTHOR_EMAIL=it@kommune.example
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"

# --- The recipe's steps (Examples/ci/github-actions.yml), each one `run:` block ---

# step: Baseline report of the base branch
recipe_baseline() {
  git fetch -q origin "+refs/heads/$BASE_REF:refs/remotes/origin/$BASE_REF"
  git worktree add -q --detach "$RUNNER_TEMP/dpacheck-base" "origin/$BASE_REF"
  (cd "$RUNNER_TEMP/dpacheck-base" && dpacheck check "$DECLARATIONS" --fail-on none --format json -o "$GITHUB_WORKSPACE/baseline.json") || true
  if [ -f baseline.json ]; then echo "baseline: $DECLARATIONS on $BASE_REF"; else echo "no baseline report: every finding of the changed declarations counts as new"; fi
}

# step: Declarations this pull request changes
recipe_changed() {
  git diff -z --name-only --diff-filter=d "origin/$BASE_REF...HEAD" -- "$DECLARATIONS/*.yaml" "$DECLARATIONS/*.yml" > changed.list
  if ! git diff --quiet "origin/$BASE_REF...HEAD" -- "$WAIVERS"; then printf '%s\0' "$DECLARATIONS" > changed.list; fi
  echo "to check:"; tr '\0' '\n' < changed.list
}

# step: Check the changed declarations against the baseline
recipe_check() {
  mapfile -d '' targets < changed.list
  if [ "${#targets[@]}" = 0 ]; then echo "no declaration changed: nothing to check"; exit 0; fi
  options=(--fail-on "$FAIL_ON")
  if [ -f baseline.json ]; then options+=(--baseline baseline.json); fi
  if [ -f "$WAIVERS" ]; then options+=(--waivers "$WAIVERS"); fi
  status=0
  dpacheck check "${targets[@]}" "${options[@]}" --format sarif -o dpacheck.sarif || status=$?
  dpacheck check "${targets[@]}" "${options[@]}" || true # the same findings as text, for the log
  exit "$status"
}

# --- Running them ---

run_step() { # run_step FUNCTION NAME: one step in its own bash, as GitHub runs `run:` (bash -eo pipefail)
  echo "  [step] $2"
  local status=0
  bash --noprofile --norc -eo pipefail -c "$(declare -f "$1"); $1" 2>&1 | tee -a "$log" | sed 's/^/  | /' || status=$?
  return "$status"
}

failures=0
expect() { # expect DESCRIPTION COMMAND...: runs a check of the outcome and reports it
  local description=$1
  shift
  if "$@"; then echo "  ok: $description"; else echo "  FAILED: $description"; failures=$((failures + 1)); fi
}

commit() { # commit MESSAGE: commits everything in the author's repository
  git -C "$tmp/author" add -A
  git -C "$tmp/author" commit -q -m "$1"
}

# The municipality's repository: main with vendor a, and a branch for each pull request.
git init -q --bare -b main "$tmp/origin.git"
git init -q -b main "$tmp/author"
git -C "$tmp/author" remote add origin "$tmp/origin.git"
mkdir "$tmp/author/vendors"
cp "$root/Examples/declarations/late-breach-notice.yaml" "$tmp/author/vendors/a.yaml"
echo "Vendor declarations of the municipality" > "$tmp/author/README.md"
commit "Vendor a (a lasting gap: BR-01)"
git -C "$tmp/author" push -q origin main

git -C "$tmp/author" checkout -q -b add-vendor-b main
cp "$root/Examples/declarations/scc-without-tia.yaml" "$tmp/author/vendors/b.yaml"
commit "Vendor b (a new gap: TRF-03)"

git -C "$tmp/author" checkout -q -b edit-vendor-a main
sed -i '1a # Reviewed at the 2026 supervision meeting.' "$tmp/author/vendors/a.yaml"
commit "Vendor a: a note, no answer changed"

git -C "$tmp/author" checkout -q -b readme-only main
echo "Questions: it@kommune.example" >> "$tmp/author/README.md"
commit "README: contact"

git -C "$tmp/author" checkout -q -b waive-a main
cat > "$tmp/author/waivers.yaml" <<'EOF'
format: dpacheck/waivers/v1
waivers:
  - rule: BR-01
    vendor: Renoflow ApS
    reason: The vendor notifies within 24 hours under a side letter until the contract is renewed
    approved_by: Jane Jensen, DPO
    expires: 2099-12-31
EOF
commit "Waive vendor a's BR-01 until the contract is renewed"
git -C "$tmp/author" push -q origin add-vendor-b edit-vendor-a readme-only waive-a

pull_request() { # pull_request NUMBER BRANCH: the runner's checkout of the merge, the recipe's steps; sets status
  local number=$1 branch=$2
  echo
  echo "== PR $number: $(git -C "$tmp/author" log -1 --format=%s "$branch")"
  export GITHUB_WORKSPACE="$tmp/pr-$number/workspace" RUNNER_TEMP="$tmp/pr-$number/runner-temp"
  log="$tmp/pr-$number/steps.log"
  mkdir -p "$RUNNER_TEMP"
  git clone -q "$tmp/origin.git" "$GITHUB_WORKSPACE"
  cd "$GITHUB_WORKSPACE"
  git checkout -q --detach origin/main
  git merge -q --no-ff --no-edit "origin/$branch"
  run_step recipe_baseline "Baseline report of the base branch"
  run_step recipe_changed "Declarations this pull request changes"
  status=0
  run_step recipe_check "Check the changed declarations against the baseline" || status=$?
  echo "  exit status $status"
  cd "$root"
}

echo "dpacheck: $dpacheck ($("$dpacheck" --version))"

echo
echo "== Before: main's whole folder without a baseline, as the old recipe checked every pull request"
status=0
(cd "$tmp/author" && git checkout -q main && dpacheck check vendors --fail-on high > "$tmp/before.txt") || status=$?
grep -E 'FAILED|PASSED|critical|high ' "$tmp/before.txt" | sed 's/^/  | /'
echo "  exit status $status"
expect "without a baseline, the lasting gap of a.yaml fails every pull request (exit 1)" [ "$status" = 1 ]

pull_request 1 add-vendor-b
sarif="$tmp/pr-1/workspace/dpacheck.sarif"
text=$(cat "$tmp/pr-1/steps.log")
expect "PR 1 fails (exit 1)" [ "$status" = 1 ]
expect "PR 1 had a baseline" [ -f "$tmp/pr-1/workspace/baseline.json" ]
expect "PR 1 checked only vendors/b.yaml" [ "$(tr '\0' ' ' < "$tmp/pr-1/workspace/changed.list")" = "vendors/b.yaml " ]
expect "PR 1's steps name b.yaml's new gap TRF-03" grep -q 'TRF-03' <<< "$text"
expect "PR 1's steps point at vendors/b.yaml's line" grep -Eq 'vendors/b\.yaml:[0-9]+:[0-9]+:' <<< "$text"
expect "PR 1's steps do not name a.yaml or its old gap BR-01" bash -c '! grep -Eq "vendors/a\.yaml|BR-01" <<< "$1"' _ "$text"
expect "PR 1's SARIF has a result for vendors/b.yaml" grep -q '"uri" *: *"vendors/b.yaml"' "$sarif"
expect "PR 1's SARIF has nothing for vendors/a.yaml" bash -c '! grep -q "vendors/a.yaml" "$1"' _ "$sarif"

pull_request 2 edit-vendor-a
expect "PR 2 (a.yaml touched, not worse) passes (exit 0): its lasting gap is in the baseline" [ "$status" = 0 ]

pull_request 3 readme-only
expect "PR 3 (README only) passes (exit 0) with nothing to check" [ "$status" = 0 ]
expect "PR 3 wrote no SARIF (the upload step is skipped)" [ ! -e "$tmp/pr-3/workspace/dpacheck.sarif" ]

pull_request 4 waive-a
expect "PR 4 (waivers.yaml added) passes (exit 0), the whole folder checked with the waivers" [ "$status" = 0 ]
expect "PR 4 checked the folder" [ "$(tr '\0' ' ' < "$tmp/pr-4/workspace/changed.list")" = "vendors " ]
expect "PR 4's SARIF holds the waiver as a suppression" grep -q '"suppressions"' "$tmp/pr-4/workspace/dpacheck.sarif"

echo
echo "== Code Quality report and the pre-commit hook's entry (when 'dpacheck check --help' lists them)"
help=$(dpacheck check --help)
if grep -q 'codequality' <<< "$help"; then
  (cd "$tmp/pr-1/workspace" && dpacheck check vendors/b.yaml --fail-on high --baseline baseline.json \
    --format codequality -o gl-code-quality-report.json) || true
  expect "PR 1's Code Quality report names vendors/b.yaml" grep -q 'vendors/b.yaml' "$tmp/pr-1/workspace/gl-code-quality-report.json"
  expect "PR 1's Code Quality report does not name vendors/a.yaml" bash -c '! grep -q "vendors/a.yaml" "$1"' _ "$tmp/pr-1/workspace/gl-code-quality-report.json"
else
  echo "  skipped: this dpacheck has no --format codequality (the GitLab recipe skips its Code Quality report too)"
fi
if grep -q -- '--skip-non-declarations' <<< "$help"; then
  # The pre-commit hook's entry on a declaration, the waivers file and a CI configuration.
  cp "$root/Examples/ci/gitlab-ci.yml" "$tmp/pr-4/workspace/.gitlab-ci.yml"
  status=0
  (cd "$tmp/pr-4/workspace" && dpacheck check --fail-on high --skip-non-declarations \
    vendors/a.yaml waivers.yaml .gitlab-ci.yml >/dev/null) || status=$?
  expect "the hook's entry skips waivers.yaml and .gitlab-ci.yml and fails only on a.yaml's gap (exit 1, not 2)" [ "$status" = 1 ]
else
  echo "  skipped: this dpacheck has no --skip-non-declarations (the pre-commit hook's flag)"
fi

echo
if [ "$failures" = 0 ]; then
  echo "every expectation held"
else
  echo "$failures expectation(s) failed"
  exit 1
fi
