#!/usr/bin/env bash
# Token validation before and after a change, in one run: TokenValidationBenchmark (JMH, one
# thread: token validations/s and raw SHA256withRSA verifications/s of the same signature) on the
# base's classes and on this tree's, interleaved run by run so that both meet the same machine
# load; prints each run, the medians and the after/before ratio.
#
#   benchmarks/auth/compare-validation.sh [BASE] [RUNS]      # defaults: main 3
#
# Nothing is installed: the reactor (profile "benchmarks") compiles this tree into target/classes.
# "before" is the same classpath with the base's versions of the ejb-core main sources that differ
# from it compiled in front (so the benchmark code itself is the same in both).
set -euo pipefail

base=${1:-main}
runs=${2:-3}
root=$(git rev-parse --show-toplevel)
cd "$root"

./mvnw -o -q -B -Pbenchmarks -pl benchmarks/auth -am compile dependency:build-classpath \
    -Dmdep.outputFile=target/cp.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/classes"
# a copy of this tree's classes, so that a build during the run changes nothing that is measured
after_cp=""
n=0
for entry in "$root/benchmarks/auth/target/classes" $(tr ':' ' ' <benchmarks/auth/target/cp.txt); do
    if [[ -d "$entry" ]]; then
        n=$((n + 1))
        cp -r "$entry" "$work/after-$n"
        entry="$work/after-$n"
    fi
    after_cp="${after_cp:+$after_cp:}$entry"
done
changed=$(git diff --name-only --diff-filter=MD "$base" -- ejb-core/src/main/java)
if [[ -z "$changed" ]]; then
    echo "no ejb-core main source differs from $base: nothing to compare" >&2
    exit 1
fi
for file in $changed; do
    mkdir -p "$work/src/$(dirname "$file")"
    git show "$base:$file" >"$work/src/$file"
done
# shellcheck disable=SC2046
javac -nowarn -proc:none -d "$work/classes" -cp "$after_cp" $(find "$work/src" -name '*.java')
before_cp="$work/classes:$after_cp"
echo "before = $base ($(git rev-parse --short "$base")) with: $(echo "$changed" | xargs -n1 basename | tr '\n' ' ')"
echo "after  = this tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ejb-core || echo ' + uncommitted changes'))"

run() { # variant classpath -> "validations raw ratio"
    java -cp "$2" jp.mynaportal.auth.benchmark.TokenValidationBenchmark >"$work/$1.log" 2>&1
    grep -o 'token validations/s: .*' "$work/$1.log" | tail -1 \
        | sed -E 's/token validations\/s: ([0-9]+), raw SHA256withRSA verifications\/s: ([0-9]+), ratio: ([0-9.]+)/\1 \2 \3/'
}

: >"$work/before.txt"
: >"$work/after.txt"
printf '%-4s %-7s %12s %12s %7s  %s\n' run variant validations/s raw-RSA/s ratio load
for i in $(seq 1 "$runs"); do
    for variant in before after; do
        cp_var=${variant}_cp
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        result=$(run "$variant" "${!cp_var}")
        if [[ -z "$result" || "$result" == 0\ * ]]; then
            echo "run $i $variant failed:" >&2
            tail -20 "$work/$variant.log" >&2
            exit 1
        fi
        echo "$result" >>"$work/$variant.txt"
        read -r v r q <<<"$result"
        printf '%-4s %-7s %12s %12s %7s  %s\n' "$i" "$variant" "$v" "$r" "$q" "$load"
    done
done

median() { # column file
    cut -d' ' -f"$1" "$2" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
echo "medians of $runs:"
for variant in before after; do
    printf '  %-7s validations/s %s, raw SHA256withRSA/s %s, validation/raw %s\n' "$variant" \
        "$(median 1 "$work/$variant.txt")" "$(median 2 "$work/$variant.txt")" "$(median 3 "$work/$variant.txt")"
done
awk -v b="$(median 1 "$work/before.txt")" -v a="$(median 1 "$work/after.txt")" \
    -v bq="$(median 3 "$work/before.txt")" -v aq="$(median 3 "$work/after.txt")" \
    'BEGIN {printf "after/before: validations/s %.2f, validation/raw ratio %.2f\n", a / b, aq / bq}'
