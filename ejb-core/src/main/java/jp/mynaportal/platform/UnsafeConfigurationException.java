package jp.mynaportal.platform;

import java.util.List;

/**
 * The deployment stops because a production setting is missing. It carries no stack trace: the
 * log lines before it name every missing key, and a trace would only bury them.
 */
public class UnsafeConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsafeConfigurationException(List<String> unmet) {
        super(
                "Mynaportal refuses to start without its production settings (" + String.join("; ", unmet)
                        + "). Set them, or ask for the demo with mynaportal.profile=demo.",
                null,
                false,
                false);
    }
}
