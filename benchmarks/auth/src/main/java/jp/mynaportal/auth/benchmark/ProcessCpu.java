package jp.mynaportal.auth.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time (user + system) that named groups of processes and this client spend in a phase, per
 * operation, from {@code /proc/<pid>/stat} (Linux; clock ticks of 10 ms): e.g. the portal's JVM and
 * the PostgreSQL backends of its database (pooled connections, open before the phase and after it).
 * A process that cannot be read counts nothing, so the processes must live through the phase.
 */
final class ProcessCpu {

    private static final double MILLIS_PER_TICK = 10.0;

    private final Map<String, long[]> groups;
    private final Map<String, Long> before = new LinkedHashMap<>();
    private long clientBefore;
    private String loadBefore;

    private ProcessCpu(Map<String, long[]> groups) {
        this.groups = groups;
    }

    /** {@code name=pid+pid,name=pid}; empty for none. */
    static ProcessCpu of(String spec) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        for (String group : spec.split(",")) {
            if (group.isBlank()) {
                continue;
            }
            String[] nameAndPids = group.split("=", 2);
            groups.put(
                    nameAndPids[0],
                    java.util.Arrays.stream(nameAndPids[1].split("\\+"))
                            .mapToLong(Long::parseLong)
                            .toArray());
        }
        return new ProcessCpu(groups);
    }

    void start() {
        groups.forEach((name, pids) -> before.put(name, ticks(pids)));
        clientBefore = clientNanos();
        loadBefore = load();
    }

    /** The CPU milliseconds per operation of each group and of the client, and the load averages. */
    String stop(int operations) {
        List<String> parts = new ArrayList<>();
        groups.forEach((name, pids) -> parts.add(String.format(
                Locale.ROOT,
                "%s CPU %.3f ms/op",
                name,
                (ticks(pids) - before.get(name)) * MILLIS_PER_TICK / operations)));
        parts.add(
                String.format(Locale.ROOT, "client CPU %.3f ms/op", (clientNanos() - clientBefore) / 1e6 / operations));
        parts.add("load " + loadBefore + " -> " + load());
        return String.join(", ", parts);
    }

    private static long ticks(long[] pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // fields after the command name in parentheses: state is field 3, utime 14, stime 15
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                // gone or unreadable: counts nothing
            }
        }
        return sum;
    }

    private static long clientNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return averages[0] + "/" + averages[1];
        } catch (IOException e) {
            return "?";
        }
    }
}
