package jp.mynaportal.mail.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.mynaportal.platform.ConfiguredPaths;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail configuration, from MicroProfile Config:
 * <ul>
 * <li>{@code mynaportal.mail.smtp.host}: the SMTP server; without it mails are written to the
 * folder {@code mynaportal.mail.folder} (default {@code <data dir>/mail}) as {@code .eml} files;</li>
 * <li>{@code mynaportal.mail.smtp.port} (587), {@code mynaportal.mail.smtp.starttls} (true: required),
 * {@code mynaportal.mail.smtp.user} / {@code mynaportal.mail.smtp.password} (none);</li>
 * <li>{@code mynaportal.mail.from} (the sender address), {@code mynaportal.mail.poll-seconds} (how
 * often the worker looks for due mails, 10), {@code mynaportal.mail.timeout-seconds} (SMTP connect
 * and read timeout, 10), {@code mynaportal.mail.retry-seconds} (the wait after the first failed
 * attempt, doubled after each further one up to an hour, 30), {@code mynaportal.mail.portal-url} (the address links in mails start with).</li>
 * </ul>
 */
public record MailSettings(
        Optional<String> host,
        int port,
        boolean startTls,
        Optional<String> user,
        Optional<String> password,
        String from,
        Path folder,
        Duration poll,
        Duration timeout,
        Duration retry,
        String portalUrl) {

    public static MailSettings fromConfig() {
        Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
        Path data = ConfiguredPaths.dataDir(config);
        return new MailSettings(
                nonBlank(config, "mynaportal.mail.smtp.host"),
                config.getOptionalValue("mynaportal.mail.smtp.port", Integer.class)
                        .orElse(587),
                config.getOptionalValue("mynaportal.mail.smtp.starttls", Boolean.class)
                        .orElse(true),
                nonBlank(config, "mynaportal.mail.smtp.user"),
                nonBlank(config, "mynaportal.mail.smtp.password"),
                nonBlank(config, "mynaportal.mail.from").orElse("no-reply@mynaportal.invalid"),
                data.resolve(nonBlank(config, "mynaportal.mail.folder").orElse("mail"))
                        .normalize(),
                Duration.ofSeconds(config.getOptionalValue("mynaportal.mail.poll-seconds", Long.class)
                        .orElse(10L)),
                Duration.ofSeconds(config.getOptionalValue("mynaportal.mail.timeout-seconds", Long.class)
                        .orElse(10L)),
                Duration.ofSeconds(config.getOptionalValue("mynaportal.mail.retry-seconds", Long.class)
                        .orElse(30L)),
                nonBlank(config, "mynaportal.mail.portal-url")
                        .or(() -> nonBlank(config, "mynaportal.auth.origin"))
                        .orElse("http://localhost:8080"));
    }

    private static Optional<String> nonBlank(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
