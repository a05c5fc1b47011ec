package jp.mynaportal.application.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.AttachmentFile;
import jp.mynaportal.application.InboxService;
import jp.mynaportal.auth.web.UserSession;

/**
 * An attachment: {@code /pittari/apply/attachment} for the applicant, {@code /counter/attachment}
 * for staff of the municipality it is addressed to. Anyone else gets "not found".
 */
@WebServlet({AttachmentServlet.RESIDENT, AttachmentServlet.STAFF})
public class AttachmentServlet extends HttpServlet {

    static final String RESIDENT = "/pittari/apply/attachment";
    static final String STAFF = "/counter/attachment";
    private static final long serialVersionUID = 1L;

    @Inject
    private UserSession session;

    @Inject
    private ApplicationService applications;

    @Inject
    private InboxService inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!session.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            long id = Downloads.id(request);
            String field = request.getParameter("field");
            AttachmentFile file = STAFF.equals(request.getServletPath())
                    ? inbox.attachment(id, field)
                    : applications.attachment(id, field);
            Downloads.send(response, file.fileName(), file.contentType(), file.content());
        } catch (ApplicationException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
