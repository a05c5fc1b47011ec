package jp.mynaportal.connect.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import jp.mynaportal.connect.model.PairwiseSubject;
import jp.mynaportal.connect.repository.ConnectRepository;

/**
 * The pairwise subject of a resident at a site: a random value made at the first connection and
 * kept, so it is stable for that site and unrelated to the resident's id, My Number or their
 * subject at any other site.
 */
@ApplicationScoped
public class PairwiseSubjects {

    @Inject
    private ConnectRepository store;

    /** The subject, made now if the resident never connected this site before. */
    String of(String clientId, String residentId, Instant now) {
        return store.findSubject(clientId, residentId)
                .map(PairwiseSubject::getSubject)
                .orElseGet(() -> {
                    String subject = Secrets.random();
                    store.addSubject(new PairwiseSubject(clientId, residentId, subject, now));
                    return subject;
                });
    }
}
