package jp.mynaportal.notice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.mynaportal.notice.NoticeAttachment;
import jp.mynaportal.notice.NoticeService;

/** A notice's PDF ({@code /notice/attachment?ref=}), for a resident the notice is for; 404 otherwise. */
@WebServlet("/notice/attachment")
public class NoticeAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient NoticeService notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<NoticeAttachment> pdf = notices.attachment(request.getParameter("ref"));
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(pdf.get().fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setContentLength(pdf.get().content().length);
        response.getOutputStream().write(pdf.get().content());
    }
}
