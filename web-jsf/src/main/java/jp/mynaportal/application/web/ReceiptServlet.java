package jp.mynaportal.application.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.LocaleSelection;

/** The PDF receipt (控え) of one's own submitted application; anything else is "not found". */
@WebServlet("/pittari/apply/receipt")
public class ReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserSession session;

    @Inject
    private ApplicationService applications;

    @Inject
    private LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!session.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            long id = Downloads.id(request);
            byte[] pdf = applications.receipt(id, locale.getLocale());
            Downloads.send(response, "receipt-" + id + ".pdf", "application/pdf", pdf);
        } catch (ApplicationException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
