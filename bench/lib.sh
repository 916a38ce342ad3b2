# Shared by the bench/ scripts: a results table with the median (and the
# 95th percentile) of a set of samples, and a verdict against the target.
# A benchmark, not a test: this machine is shared, so read the median.

table_header() {
    printf '%-40s %8s %8s %8s %8s %8s  %s\n' "measure" "median" "p95" "min" "max" "target" "samples"
}

# table_row NAME TARGET SAMPLE... : TARGET "-" reports without a verdict.
table_row() {
    local name="$1" target="$2"
    shift 2
    local sorted
    sorted=$(printf '%s\n' "$@" | sort -n)
    read -r median p95 min max < <(printf '%s\n' "$sorted" | awk '
        { a[NR] = $1 }
        END {
            m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
            p = a[int(0.95 * NR + 0.999999)]
            printf "%g %g %g %g\n", m, p, a[1], a[NR]
        }')
    local verdict="$#"
    if [ "$target" != "-" ]; then
        verdict="$# ($(awk -v m="$median" -v t="$target" 'BEGIN { print (m <= t) ? "met" : "MISSED" }'))"
    fi
    printf '%-40s %8s %8s %8s %8s %8s  %s\n' "$name" "$median" "$p95" "$min" "$max" "$target" "$verdict"
}
