package jp.mynaportal.exchange.repository;

/** How the lines of a result are sorted; each ends with the exchange time and the record for a stable order. */
public enum LineOrder {
    NEWEST("l.exchangedAt DESC, l.recordId DESC"),
    OLDEST("l.exchangedAt ASC, l.recordId ASC"),
    REQUESTER("l.requesterName ASC, l.exchangedAt DESC, l.recordId DESC"),
    PROVIDER("l.providerName ASC, l.exchangedAt DESC, l.recordId DESC"),
    INFORMATION("l.informationName ASC, l.exchangedAt DESC, l.recordId DESC");

    private final String jpql;

    LineOrder(String jpql) {
        this.jpql = jpql;
    }

    /** The JPQL {@code ORDER BY} list over alias {@code l}. */
    String jpql() {
        return jpql;
    }
}
