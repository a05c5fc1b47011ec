package jp.mynaportal.pittari.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.mynaportal.pittari.receipt.ReceiptRenderer;

/**
 * What the application services share for the life of the application: the configuration and
 * the form builder with the choice options, read once; the receipt renderer with its font.
 */
@ApplicationScoped
public class ApplicationSupport {

    private volatile ApplicationSettings settings;
    private volatile ApplicationForms forms;
    private final ReceiptRenderer receipts = new ReceiptRenderer();

    public ApplicationSettings settings() {
        ApplicationSettings current = settings;
        if (current == null) {
            current = ApplicationSettings.fromConfig();
            settings = current;
        }
        return current;
    }

    public ApplicationForms forms() {
        ApplicationForms current = forms;
        if (current == null) {
            current = new ApplicationForms(ChoiceOptions.load());
            forms = current;
        }
        return current;
    }

    public ReceiptRenderer receipts() {
        return receipts;
    }
}
