package jp.mynaportal.usage.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.mynaportal.usage.repository.UsageLogRepository;

/** One sealing step in a transaction of its own, so that each batch of links commits by itself. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class UsageLogSeals {

    @Inject
    private UsageLogRepository repository;

    /** Links up to {@code max} waiting entries to the chain; returns how many it took off the queue. */
    public int sealBatch(int max) {
        return repository.sealPending(max);
    }
}
