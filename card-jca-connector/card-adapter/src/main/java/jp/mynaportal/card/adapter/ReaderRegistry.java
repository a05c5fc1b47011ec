package jp.mynaportal.card.adapter;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jp.mynaportal.card.api.AllReadersBusyException;

/**
 * Who holds which reader. A reader is held from the moment a caller reserves it until its session
 * is cleaned up or destroyed; a caller that finds every candidate reader held waits, for a bounded
 * time, for one to be released. Holding the reader, not having a managed connection, is what
 * makes a session exclusive: a pool that does not match connections may make a second managed
 * connection for a reader, and only the one handed to the reserving caller uses the card. It also
 * records which readers have managed connections.
 */
final class ReaderRegistry {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition released = lock.newCondition();
    private final Set<String> held = new HashSet<>();
    private final Map<String, Set<CardReaderManagedConnection>> connections = new HashMap<>();

    /**
     * Reserves one of the candidate readers, preferring one that already has a pooled connection.
     *
     * @throws AllReadersBusyException if all candidates stay held for the whole timeout
     */
    String reserve(List<String> candidates, Duration timeout) {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                String free = pick(candidates);
                if (free != null) {
                    held.add(free);
                    return free;
                }
                if (left <= 0) {
                    throw new AllReadersBusyException(timeout);
                }
                left = released.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AllReadersBusyException(timeout);
        } finally {
            lock.unlock();
        }
    }

    /** Gives a reader back and wakes the callers waiting for one. */
    void release(String reader) {
        lock.lock();
        try {
            if (held.remove(reader)) {
                released.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    boolean isHeld(String reader) {
        lock.lock();
        try {
            return held.contains(reader);
        } finally {
            lock.unlock();
        }
    }

    /** Records a managed connection of a reader. */
    void register(String reader, CardReaderManagedConnection connection) {
        lock.lock();
        try {
            connections.computeIfAbsent(reader, r -> new HashSet<>()).add(connection);
        } finally {
            lock.unlock();
        }
    }

    void unregister(String reader, CardReaderManagedConnection connection) {
        lock.lock();
        try {
            Set<CardReaderManagedConnection> ofReader = connections.get(reader);
            if (ofReader != null && ofReader.remove(connection) && ofReader.isEmpty()) {
                connections.remove(reader);
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many managed connections a reader has. */
    int connectionCount(String reader) {
        lock.lock();
        try {
            return connections.getOrDefault(reader, Set.of()).size();
        } finally {
            lock.unlock();
        }
    }

    /** A reader without a managed connection, among the candidates, or null. */
    String unconnected(List<String> candidates) {
        lock.lock();
        try {
            return candidates.stream()
                    .filter(r -> !connections.containsKey(r) && !held.contains(r))
                    .findFirst()
                    .orElse(null);
        } finally {
            lock.unlock();
        }
    }

    private String pick(List<String> candidates) {
        String withoutConnection = null;
        for (String reader : candidates) {
            if (!held.contains(reader)) {
                if (connections.containsKey(reader)) {
                    return reader;
                }
                if (withoutConnection == null) {
                    withoutConnection = reader;
                }
            }
        }
        return withoutConnection;
    }
}
