package jp.mynaportal.usage.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import jp.mynaportal.platform.web.CsvRows;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsagePage;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;

/**
 * 利用履歴 as CSV (UTF-8 with a BOM so that spreadsheet programs read Japanese): every entry of the
 * page's filter, up to {@link #MAX_ROWS}, in the page's language. Not signed in, or a bad filter:
 * back to the screen, which says why.
 */
@WebServlet("/usage/history.csv")
public class UsageHistoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_ROWS = 10 * UsageQuery.MAX_PAGE_SIZE;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private SecurityContext security;

    @Inject
    private UsageLogService usage;

    @Inject
    private LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] kinds = request.getParameterValues("kind");
        UsageHistoryFilter filter = UsageHistoryFilter.of(
                request.getParameter("from"),
                request.getParameter("to"),
                kinds == null ? List.of() : Arrays.asList(kinds),
                null,
                LocalDate.now(JAPAN));
        if (!loggedIn() || !filter.valid()) {
            String query = request.getQueryString();
            response.sendRedirect(
                    request.getContextPath() + "/usage/history.xhtml" + (query == null ? "" : "?" + query));
            return;
        }
        String viewer = security.getCallerPrincipal().getName();
        List<UsageRecord> records = new ArrayList<>();
        for (int index = 0; records.size() < MAX_ROWS; index++) {
            UsagePage page = usage.history(filter.query(index, UsageQuery.MAX_PAGE_SIZE));
            records.addAll(page.records());
            if (index + 1 >= page.pages()) {
                break;
            }
        }
        ResourceBundle text = ResourceBundle.getBundle("jp.mynaportal.platform.web.messages", locale.getLocale());
        UsageTexts texts = new UsageTexts(text, locale.getLocale(), viewer);
        StringBuilder csv = new StringBuilder("\uFEFF");
        CsvRows.row(
                csv,
                List.of(
                        text.getString("usage.history.when"),
                        text.getString("usage.history.operation"),
                        text.getString("usage.history.actor"),
                        text.getString("usage.history.result"),
                        text.getString("usage.history.purpose")));
        for (UsageRecord record : records) {
            CsvRows.row(
                    csv,
                    List.of(
                            TIME.format(record.occurredAt().atZone(JAPAN)),
                            texts.operation(record),
                            texts.actor(record),
                            texts.result(record),
                            texts.purpose(record)));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"usage-history.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Whether the container knows the caller (the page is protected; this keeps a stray request harmless). */
    private boolean loggedIn() {
        return security.getCallerPrincipal() != null;
    }
}
