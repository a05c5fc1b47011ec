package jp.mynaportal.pittari.loader;

import java.util.Objects;

/** That a municipality offers a template, and how. */
public record Offering(String lgCode, String templateId, boolean online, boolean signatureRequired) {

    public Offering {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(templateId, "templateId");
    }
}
