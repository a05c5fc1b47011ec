package jp.mynaportal.selfinfo.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;
import jp.mynaportal.selfinfo.SelfInfoDocument;
import jp.mynaportal.selfinfo.SelfInfoQuestion;
import jp.mynaportal.selfinfo.SelfInfoService;

/**
 * 「PDFで保存」 and 「CSVで保存」 of the shown results ({@code format=pdf|csv} with the conditions of
 * the results page), in the page's language. Wrong conditions go back to the page, which says why.
 */
@WebServlet("/selfinfo/download")
public class SelfInfoDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SelfInfoService selfInfo;

    @Inject
    private SelfInfoCatalogue catalogue;

    @Inject
    private LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] fields = request.getParameterValues("field");
        String[] items = request.getParameterValues("item");
        SelfInfoConditions conditions = SelfInfoConditions.of(
                fields == null ? List.of() : Arrays.asList(fields),
                items == null ? List.of() : Arrays.asList(items),
                request.getParameter("asOf"),
                LocalDate.now(ZoneId.of("Asia/Tokyo")),
                code -> catalogue.fields().stream().anyMatch(f -> f.code().equals(code)),
                code -> catalogue.item(code).isPresent(),
                true);
        String format = request.getParameter("format");
        if (!conditions.valid() || !("pdf".equals(format) || "csv".equals(format))) {
            String query = request.getQueryString();
            response.sendRedirect(
                    request.getContextPath() + "/selfinfo/index.xhtml" + (query == null ? "" : "?" + query));
            return;
        }
        SelfInfoDocument document = selfInfo.download(
                new SelfInfoQuestion(List.copyOf(conditions.items()), conditions.asOf()),
                "pdf".equals(format) ? SelfInfoDocument.Format.PDF : SelfInfoDocument.Format.CSV,
                locale.getLocale(),
                request.getRemoteAddr());
        byte[] bytes = document.content();
        response.setContentType(document.mediaType() + ("csv".equals(format) ? "; charset=UTF-8" : ""));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
