package jp.mynaportal.proxy;

import java.io.Serializable;

/**
 * What a change of a registration led to: a narrowing is applied at once; a widening waits for
 * the 代理人's card as a pending registration.
 *
 * @param pendingId the pending widening, or null when the change was applied
 */
public record ProxyChange(Long pendingId) implements Serializable {

    public boolean applied() {
        return pendingId == null;
    }
}
