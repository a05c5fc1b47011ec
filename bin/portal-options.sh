# The JVM and Payara Micro options bin/portal starts the portal with; scripts/measure-startup.sh
# measures them against the plain command (figures in docs/PERFORMANCE.md).
# - Serial GC and a 768 MB heap cap: one small instance needs no concurrent collector, and the
#   default cap (a quarter of the machine's memory) lets the heap grow far beyond what it uses.
# - No Hazelcast: a single instance has no cluster to join; sessions stay in memory. Clustered
#   deployments start payara-micro.jar with their own cluster options instead.
# - No phone-home: Payara's usage reporting has no place on a government intranet.
PORTAL_JVM_OPTIONS=(-XX:+UseSerialGC -Xmx768m)
PORTAL_MICRO_OPTIONS=(--nohazelcast --disablephonehome)
