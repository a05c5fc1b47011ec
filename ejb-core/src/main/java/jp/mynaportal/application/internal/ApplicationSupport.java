package jp.mynaportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynaportal.application.receipt.ReceiptRenderer;

/**
 * What the application services share for the life of the application: the configuration, read
 * once, and the receipt renderer with its font.
 */
@ApplicationScoped
public class ApplicationSupport {

    /**
     * PDFBox warns on every load of the receipt font that it ignores the font's format-14 cmap
     * (variation sequences); the receipt needs none, so only errors of that class are logged.
     */
    private static final Logger FONT_CMAP_LOG = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        FONT_CMAP_LOG.setLevel(Level.SEVERE);
    }

    private volatile ApplicationSettings settings;
    private final ReceiptRenderer receipts = new ReceiptRenderer();

    public ApplicationSettings settings() {
        ApplicationSettings current = settings;
        if (current == null) {
            current = ApplicationSettings.fromConfig();
            settings = current;
        }
        return current;
    }

    public ReceiptRenderer receipts() {
        return receipts;
    }
}
