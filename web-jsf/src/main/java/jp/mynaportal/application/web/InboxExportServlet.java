package jp.mynaportal.application.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mynaportal.application.InboxLine;
import jp.mynaportal.application.InboxService;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.CsvRows;
import jp.mynaportal.platform.web.LocaleSelection;

/** The counter inbox as CSV (UTF-8 with a BOM so that spreadsheet programs read Japanese), for staff only. */
@WebServlet("/counter/applications.csv")
public class InboxExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private UserSession session;

    @Inject
    private InboxService inbox;

    @Inject
    private LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!session.isLoggedIn() || !session.isStaff()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ApplicationStatus status = InboxView.status(request.getParameter("status"));
        List<InboxLine> lines = inbox.export(status, request.getRemoteAddr());
        ResourceBundle text = ResourceBundle.getBundle("jp.mynaportal.platform.web.messages", locale.getLocale());
        StringBuilder csv = new StringBuilder("\uFEFF");
        CsvRows.row(
                csv,
                List.of(
                        text.getString("counter.inbox.receiptNumber"),
                        text.getString("counter.inbox.procedure"),
                        text.getString("counter.inbox.applicant"),
                        text.getString("counter.inbox.status"),
                        text.getString("counter.inbox.submittedAt"),
                        text.getString("counter.inbox.signature")));
        for (InboxLine line : lines) {
            CsvRows.row(
                    csv,
                    List.of(
                            line.receiptNumber(),
                            line.procedureName(),
                            line.applicantName(),
                            text.getString(
                                    "pittari.status." + line.status().name().toLowerCase(Locale.ROOT)),
                            line.submittedAt() == null
                                    ? ""
                                    : TIME.format(line.submittedAt().atZone(JAPAN)),
                            text.getString(line.signed() ? "counter.inbox.signed" : "counter.inbox.unsigned")));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Downloads.send(response, "applications.csv", "text/csv; charset=UTF-8", bytes);
    }
}
