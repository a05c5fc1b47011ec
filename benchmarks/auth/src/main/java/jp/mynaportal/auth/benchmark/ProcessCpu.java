package jp.mynaportal.auth.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time (user + system) that named groups of processes and this client spend in a phase, per
 * operation, from {@code /proc/<pid>/stat} (Linux; clock ticks of 10 ms): e.g. the portal's JVM and
 * the PostgreSQL backends of its database. A group is a list of process ids ({@code portal=1234})
 * or, after {@code ~}, a text their command lines contain ({@code postgres=~postgres login_a}: the
 * backends of that database, whose titles name it), looked for at the start and at the end of the
 * phase: a backend the pool opened during the phase counts from zero, one that ended during it
 * counts nothing.
 */
final class ProcessCpu {

    private static final double MILLIS_PER_TICK = 10.0;

    private final Map<String, String> groups;
    private final Map<String, Map<Long, Long>> before = new LinkedHashMap<>();
    private long clientBefore;
    private String loadBefore;

    private ProcessCpu(Map<String, String> groups) {
        this.groups = groups;
    }

    /** {@code name=pid+pid,name=pid}; empty for none. */
    static ProcessCpu of(String spec) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (String group : spec.split(",")) {
            if (group.isBlank()) {
                continue;
            }
            String[] nameAndProcesses = group.split("=", 2);
            groups.put(nameAndProcesses[0], nameAndProcesses[1]);
        }
        return new ProcessCpu(groups);
    }

    void start() {
        groups.forEach((name, processes) -> before.put(name, ticks(processes)));
        clientBefore = clientNanos();
        loadBefore = load();
    }

    /** The CPU milliseconds per operation of each group and of the client, and the load averages. */
    String stop(int operations) {
        List<String> parts = new ArrayList<>();
        groups.forEach((name, processes) -> {
            Map<Long, Long> earlier = before.get(name);
            Map<Long, Long> now = ticks(processes);
            long spent = now.entrySet().stream()
                    .mapToLong(e -> e.getValue() - earlier.getOrDefault(e.getKey(), 0L))
                    .sum();
            parts.add(String.format(
                    Locale.ROOT,
                    "%s CPU %.3f ms/op (%d processes)",
                    name,
                    spent * MILLIS_PER_TICK / operations,
                    now.size()));
        });
        parts.add(
                String.format(Locale.ROOT, "client CPU %.3f ms/op", (clientNanos() - clientBefore) / 1e6 / operations));
        parts.add("load " + loadBefore + " -> " + load());
        return String.join(", ", parts);
    }

    /** Clock ticks by process id, of the ids ({@code 12+34}) or of the processes {@code ~text} names. */
    private static Map<Long, Long> ticks(String processes) {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        for (long pid : pids(processes)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // fields after the command name in parentheses: state is field 3, utime 14, stime 15
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException e) {
                // gone or unreadable: counts nothing
            }
        }
        return ticks;
    }

    private static List<Long> pids(String processes) {
        if (!processes.startsWith("~")) {
            return Arrays.stream(processes.split("\\+")).map(Long::valueOf).toList();
        }
        String text = processes.substring(1);
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            return all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> commandLine(p).contains(text))
                    .map(p -> Long.valueOf(p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
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
