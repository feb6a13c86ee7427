#!/usr/bin/env bash
# Before a release: the whole test suite, the frozen app's smoke test, and release notes that
# name the version. Not part of CI (the build takes minutes); run it by hand before tagging.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' coprod_desktop/__init__.py)
echo "Release check for Coprod Desktop $VERSION"
if ! grep -qE "^## \[($VERSION|Unreleased)\]" CHANGELOG.md; then
  echo "CHANGELOG.md has no section for $VERSION (nor an Unreleased one)." >&2
  exit 1
fi
if grep -qE "^## \[Unreleased\]" CHANGELOG.md && ! grep -qE "^## \[$VERSION\]" CHANGELOG.md; then
  echo "Note: CHANGELOG.md still calls this release 'Unreleased'; give it $VERSION and a date."
fi
bash scripts/test.sh -q
bash packaging/smoke_test.sh
echo "Release check passed for $VERSION."
