package jp.mynaportal.usage.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mynaportal.usage.UsageEvent;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.model.UsageAction;

/**
 * How a usage-log entry reads for the person looking at their 利用履歴, in their language: the
 * operation (「千代田区の職員が申請内容を確認しました」 when staff opened the person's application), who
 * acted, the result and the purpose. The screen and the CSV download say the same.
 */
final class UsageTexts {

    private final ResourceBundle text;
    private final Locale locale;
    private final String viewer;

    UsageTexts(ResourceBundle text, Locale locale, String viewer) {
        this.text = text;
        this.locale = locale;
        this.viewer = viewer;
    }

    private String key(String prefix, Enum<?> value) {
        return text.getString(prefix + value.name().toLowerCase(Locale.ROOT));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }

    /** Whether someone else acted on the viewer's data. */
    private boolean actedOnByOther(UsageRecord record) {
        return record.byOther() && viewer.equals(record.subject());
    }

    /**
     * What was done; staff acting on the viewer's data are named by their municipality, e.g.
     * 「千代田区の職員が申請内容を確認しました」.
     */
    String operation(UsageRecord record) {
        if (actedOnByOther(record) && record.actorOrganisation() != null) {
            String byStaff = "usage.byStaff." + record.action().name().toLowerCase(Locale.ROOT);
            if (text.containsKey(byStaff)) {
                return format(byStaff, organisation(record));
            }
        }
        return key("usage.action.", record.action());
    }

    String actor(UsageRecord record) {
        if (UsageEvent.PURPOSE_CONNECTED_SITE.equals(record.purpose())) {
            return text.getString("usage.history.site");
        }
        if (UsageEvent.PURPOSE_PORTAL.equals(record.purpose())) {
            return text.getString("usage.history.portal");
        }
        if (!record.byOther()) {
            return text.getString("usage.history.self");
        }
        if (record.byProxy()) {
            return viewer.equals(record.subject())
                    ? format("usage.history.proxy", name(record.actorName()))
                    : format("usage.history.asProxyFor", name(record.subjectName()));
        }
        if (!viewer.equals(record.subject())) {
            return text.getString("usage.history.forResident");
        }
        return record.actorOrganisation() == null
                ? text.getString("usage.history.other")
                : format("usage.history.staffOf", organisation(record));
    }

    private static String name(String name) {
        return name == null ? "" : name;
    }

    private String organisation(UsageRecord record) {
        return record.actorOrganisationName() == null ? "" : record.actorOrganisationName();
    }

    String result(UsageRecord record) {
        if ("SUCCESS".equals(record.result())) {
            return text.getString("usage.result.success");
        }
        String reason = "usage.result." + String.valueOf(record.result()).toLowerCase(Locale.ROOT);
        String said = text.containsKey(reason) ? text.getString(reason) : record.result();
        if (record.action() == UsageAction.LOGIN) {
            return format("usage.result.failure", said);
        }
        return said;
    }

    String purpose(UsageRecord record) {
        if (record.purpose() == null) {
            return "";
        }
        String key = "usage.purpose." + record.purpose().toLowerCase(Locale.ROOT);
        return text.containsKey(key) ? text.getString(key) : record.purpose();
    }
}
