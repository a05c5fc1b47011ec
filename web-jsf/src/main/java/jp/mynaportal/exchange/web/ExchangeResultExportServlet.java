package jp.mynaportal.exchange.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.exchange.ExchangeLine;
import jp.mynaportal.platform.web.CsvRows;
import jp.mynaportal.platform.web.LocaleSelection;

/**
 * A finished result as CSV (UTF-8 with a BOM, for spreadsheet programs), with the filter and order
 * of the page; someone else's or an unfinished request: back to the result page, which says "not
 * found".
 */
@WebServlet("/exchange/result.csv")
public class ExchangeResultExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private ExchangeHistoryService exchange;

    @Inject
    private LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        long id = ExchangeResultView.id(parameters.get("id"));
        Optional<List<ExchangeLine>> lines = id > 0
                ? exchange.download(id, ExchangeResultView.query(parameters), request.getRemoteAddr())
                : Optional.empty();
        if (lines.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/exchange/result.xhtml?id=" + id);
            return;
        }
        ResourceBundle text = ResourceBundle.getBundle("jp.mynaportal.platform.web.messages", locale.getLocale());
        StringBuilder csv = new StringBuilder("\uFEFF");
        CsvRows.row(
                csv,
                List.of(
                        text.getString("exchange.result.when"),
                        text.getString("exchange.result.requester"),
                        text.getString("exchange.result.provider"),
                        text.getString("exchange.result.procedure"),
                        text.getString("exchange.result.information"),
                        text.getString("exchange.result.outcome")));
        for (ExchangeLine line : lines.get()) {
            CsvRows.row(
                    csv,
                    List.of(
                            TIME.format(line.exchangedAt().atZone(JAPAN)),
                            line.requester(),
                            line.provider(),
                            line.procedure(),
                            line.information(),
                            text.getString(
                                    "exchange.outcome." + line.outcome().name().toLowerCase(Locale.ROOT))));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"exchange-history-" + id + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
