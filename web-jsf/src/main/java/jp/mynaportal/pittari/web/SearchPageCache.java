package jp.mynaportal.pittari.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rendered search pages for visitors who are not logged in, keyed by {@link SearchPageKey}: the
 * catalogue is public and the same for everyone, so a search page that was rendered once is
 * served again from memory until it is {@code mynaportal.pittari.page-cache.seconds} old (300 by
 * default; 0 turns the cache off). The pages take at most
 * {@code mynaportal.pittari.page-cache.megabytes} (32 by default); the least useful go first.
 *
 * <p>A change of the catalogue on this server must call {@link #clear()}; on a cluster, other
 * servers show it once their copies are older than the set seconds.
 */
@ApplicationScoped
public class SearchPageCache {

    static final String SECONDS = "mynaportal.pittari.page-cache.seconds";
    static final String MEGABYTES = "mynaportal.pittari.page-cache.megabytes";

    private Cache<String, CachedPage> pages;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        long seconds = config.getOptionalValue(SECONDS, Long.class).orElse(300L);
        long megabytes = config.getOptionalValue(MEGABYTES, Long.class).orElse(32L);
        if (seconds > 0 && megabytes > 0) {
            pages = Caffeine.newBuilder()
                    .expireAfterWrite(Duration.ofSeconds(seconds))
                    .maximumWeight(megabytes * 1024 * 1024)
                    .weigher((String key, CachedPage page) -> page.weight() + 2 * key.length())
                    .build();
        }
    }

    boolean enabled() {
        return pages != null;
    }

    Optional<CachedPage> get(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    void put(String key, CachedPage page) {
        pages.put(key, page);
    }

    /** Forgets every page, so that the next visitors see the catalogue as it is now. */
    public void clear() {
        if (pages != null) {
            pages.invalidateAll();
        }
    }
}
