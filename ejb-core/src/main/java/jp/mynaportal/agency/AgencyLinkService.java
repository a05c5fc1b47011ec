package jp.mynaportal.agency;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The pseudonymous link codes (機関別符号-like) between residents and agencies. An agency names a
 * resident only by its own link code; the portal resolves it for that agency only ({@link
 * AgencyLinks} makes the codes).
 */
public interface AgencyLinkService {

    /**
     * The resident an agency's link code stands for, for the calling agency only: another agency's
     * code, or an unknown one, resolves to nothing.
     */
    Optional<String> resolve(String linkCode);

    /** As {@link #resolve} for many codes at once: the resident of each code the calling agency has. */
    Map<String, String> resolveAll(Collection<String> linkCodes);
}
