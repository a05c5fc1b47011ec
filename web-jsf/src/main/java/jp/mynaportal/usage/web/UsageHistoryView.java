package jp.mynaportal.usage.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.mynaportal.platform.web.Messages;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsagePage;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * 利用履歴: the signed-in person's entries for the period and kinds of the GET parameters, one page
 * at a time, newest first; a bad date keeps what was typed and says why beside the field.
 */
@Named
@RequestScoped
public class UsageHistoryView {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** Configuration: entries per page (default 20). */
    static final String PAGE_SIZE = "mynaportal.usage.page-size";

    @Inject
    private UsageLogService usage;

    @Inject
    private SecurityContext security;

    private UsageHistoryFilter filter;
    private UsagePage page;
    private UsageTexts texts;

    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        Map<String, String[]> parameters = external.getRequestParameterValuesMap();
        filter = UsageHistoryFilter.of(
                external.getRequestParameterMap().get("from"),
                external.getRequestParameterMap().get("to"),
                Arrays.asList(parameters.getOrDefault("kind", new String[0])),
                external.getRequestParameterMap().get("page"),
                LocalDate.now(JAPAN));
        if (!loggedIn()) {
            return;
        }
        Locale locale = context.getViewRoot().getLocale();
        texts = new UsageTexts(
                ResourceBundle.getBundle("jp.mynaportal.platform.web.messages", locale),
                locale,
                security.getCallerPrincipal().getName());
        if (filter.valid()) {
            int pageSize = Math.min(
                    UsageQuery.MAX_PAGE_SIZE,
                    Math.max(
                            1,
                            ConfigProvider.getConfig()
                                    .getOptionalValue(PAGE_SIZE, Integer.class)
                                    .orElse(UsageHistoryFilter.PAGE_SIZE)));
            page = usage.history(filter.pageQuery(pageSize));
        }
    }

    public UsageHistoryFilter getFilter() {
        return filter;
    }

    public String error(String field) {
        String key = filter.errors().get(field);
        return key == null ? null : Messages.text(key);
    }

    public List<UsageKind> getKinds() {
        return List.of(UsageKind.values());
    }

    public boolean chosen(UsageKind kind) {
        return filter.kinds().contains(kind);
    }

    public String kindKey(UsageKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public UsagePage getPage() {
        return page;
    }

    public List<UsageRecord> getRecords() {
        return page == null ? List.of() : page.records();
    }

    public String operation(UsageRecord record) {
        return texts.operation(record);
    }

    public String actor(UsageRecord record) {
        return texts.actor(record);
    }

    public String result(UsageRecord record) {
        return texts.result(record);
    }

    public String purpose(UsageRecord record) {
        return texts.purpose(record);
    }

    /** The query string of this filter at page {@code number} (from 1), for the pager and the CSV link. */
    public String link(int number) {
        StringBuilder query = new StringBuilder("from=")
                .append(encode(filter.from()))
                .append("&to=")
                .append(encode(filter.to()));
        filter.kinds().forEach(k -> query.append("&kind=").append(kindKey(k)));
        return number > 0 ? query.append("&page=").append(number).toString() : query.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the container knows the caller (the page is protected; this keeps a stray request harmless). */
    private boolean loggedIn() {
        return security.getCallerPrincipal() != null;
    }
}
