# The JVM and Payara Micro options bin/portal starts the portal with; scripts/measure-startup.sh
# measures them against the plain command (figures in docs/PERFORMANCE.md).
# - Serial GC and a 768 MB heap cap: one small instance needs no concurrent collector, and the
#   default cap (a quarter of the machine's memory) lets the heap grow far beyond what it uses.
# - A 64 MB young generation: the default (a third of the heap) is touched whole by every cycle of
#   allocation and so stays resident; a restart's RSS was 556 MB with it against 647 MB without
#   (medians of two, the same CPU seconds to the first page), and token logins ran as fast.
# - No Hazelcast: a single instance has no cluster to join; sessions stay in memory. Clustered
#   deployments set MYNAPORTAL_CLUSTER=true (bin/portal then leaves out --nocluster and
#   --nohazelcast) or start payara-micro.jar with their own cluster options.
# - No phone-home: Payara's usage reporting has no place on a government intranet.
PORTAL_JVM_OPTIONS=(-XX:+UseSerialGC -Xmx768m -Xmn64m)
PORTAL_MICRO_OPTIONS=(--nohazelcast --disablephonehome)

# portal_runtime MICRO_DIR RUNTIME_DIR: sets PORTAL_LAUNCH, the java arguments that start Payara
# Micro from a runtime kept between restarts instead of unpacking payara-micro.jar each time:
# - RUNTIME_DIR/made is Payara Micro's root directory with its launcher (--rootdir
#   --outputlauncher), made once and never started, again whenever payara-micro.jar or the JDK is
#   not the one it was made from. Each start runs in RUNTIME_DIR/instance, a fresh copy of it (the
#   runtime jars hard-linked, so the copy costs nothing and they keep the dates class data sharing
#   checks): Payara would otherwise load the applications deployed at the last start again, and the
#   --deploy arguments deploy the current ones (a rebuilt WAR is what runs).
# - class data sharing (MYNAPORTAL_CDS=true; off by default, see docs/PERFORMANCE.md): the first start records the classes it
#   loads and writes them to RUNTIME_DIR/portal.jsa when the portal stops
#   (-XX:ArchiveClassesAtExit); later starts map them from there (-XX:SharedArchiveFile). A
#   missing or unusable archive only costs time, never correctness (the JVM then loads classes
#   as usual).
portal_runtime() {
    local micro=$1 runtime=$2 java_bin stamp entry
    java_bin=$(readlink -f "$(command -v java)")
    stamp="$(stat -c '%s %Y' "$micro/payara-micro.jar" "$java_bin" | tr '\n' ' ')$java_bin"
    if [[ ! -f "$runtime/made/launch-micro.jar" || "$(cat "$runtime/made-from" 2>/dev/null)" != "$stamp" ]]; then
        rm -rf "$runtime"
        mkdir -p "$runtime"
        java -jar "$micro/payara-micro.jar" --rootdir "$runtime/made" --outputlauncher >"$runtime/outputlauncher.log" 2>&1
        echo "$stamp" >"$runtime/made-from"
    fi
    rm -rf "$runtime/instance"
    mkdir "$runtime/instance"
    for entry in "$runtime/made"/* "$runtime/made"/.[!.]*; do
        [[ -e "$entry" ]] || continue
        if [[ "$(basename "$entry")" == runtime ]]; then
            cp -al "$entry" "$runtime/instance/"
        else
            cp -a "$entry" "$runtime/instance/"
        fi
    done
    PORTAL_LAUNCH=()
    if [[ "${MYNAPORTAL_CDS:-false}" == true ]]; then
        if [[ -s "$runtime/portal.jsa" ]]; then
            PORTAL_LAUNCH+=(-XX:SharedArchiveFile="$runtime/portal.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
        else
            PORTAL_LAUNCH+=(-XX:ArchiveClassesAtExit="$runtime/portal.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
        fi
    fi
    PORTAL_LAUNCH+=(-jar "$runtime/instance/launch-micro.jar")
}
