package jp.mynaportal.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.mail.model.MailKind;

/**
 * The plain-text templates {@code jp/mynaportal/mail/templates/<kind>_<ja|en>.txt}: the first line
 * is the subject, the rest the text, both {@link MessageFormat} patterns.
 */
public final class MailTemplates {

    private MailTemplates() {}

    /** The subject and text of a mail. */
    public record Rendered(String subject, String body) {}

    public static Rendered render(MailKind kind, String language, List<String> parameters) {
        String lang = "en".equals(language) ? "en" : "ja";
        String name = "/jp/mynaportal/mail/templates/" + kind.name().toLowerCase(Locale.ROOT) + "_" + lang + ".txt";
        String template;
        try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no mail template " + name);
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int newline = template.indexOf('\n');
        Locale locale = Locale.forLanguageTag(lang);
        Object[] values = parameters.toArray();
        String subject = new MessageFormat(template.substring(0, newline).strip(), locale).format(values);
        String body = new MessageFormat(template.substring(newline + 1), locale).format(values);
        return new Rendered(subject, body);
    }
}
