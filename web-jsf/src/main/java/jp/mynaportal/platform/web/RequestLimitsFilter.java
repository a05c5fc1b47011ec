package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds every request before a page, a REST resource or the container's parameter parsing reads
 * it (see {@link RequestLimits}): a request whose framing is ambiguous ({@link RequestFraming}: a
 * body on a GET, HEAD or DELETE, two {@code Host} headers, a transfer coding other than chunked) is
 * a 400; a declared body larger than its limit is answered 413 at once,
 * without reading it (and the connection closed); a body of unknown length is counted while it is
 * read and refused when it passes the limit; a form body must declare its length; an address or a
 * page's form with too many parameters, or a parameter repeated too often, is a 400; an address whose
 * query is not valid percent-encoded UTF-8 is a 400 too. Requests are read as UTF-8 unless they
 * say otherwise, as every page of the portal is UTF-8. Each refusal is one log line without any
 * of the request's values.
 */
@WebFilter(filterName = "RequestLimitsFilter", urlPatterns = "/*")
public class RequestLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(RequestLimitsFilter.class.getName());

    private transient RequestLimits limits;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig(RequestLimitsFilter.class.getClassLoader());
        limits = RequestLimits.from(
                key -> settings.getOptionalValue(key, String.class).orElse(null));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!RequestFraming.test(
                request.getMethod(),
                Collections.list(request.getHeaders("Host")),
                Collections.list(request.getHeaders("Transfer-Encoding")),
                request.getHeader("Content-Length"))) {
            // an unread body of unclear length must not be taken for the next request
            response.setHeader("Connection", "close");
            refuse(request, response, Refusal.Reason.MALFORMED);
            return;
        }
        String query = request.getQueryString();
        if (!WellFormedQuery.test(query)) {
            refuse(request, response, Refusal.Reason.MALFORMED);
            return;
        }
        if (!limits.allowsQuery(query)) {
            refuse(request, response, Refusal.Reason.TOO_MANY_PARAMETERS);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String contentType = request.getContentType();
        long declared = request.getContentLengthLong();
        long limit = limits.maxBytesFor(contentType);
        if (declared > limit) {
            response.setHeader("Connection", "close");
            refuse(request, response, Refusal.Reason.BODY_TOO_LARGE);
            return;
        }
        boolean form = isForm(contentType);
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (chunked && (form || isMultipart(contentType))) {
            // the container parses these bodies itself, past any wrapper: only a declared length bounds them
            response.setHeader("Connection", "close");
            refuse(request, response, Refusal.Reason.LENGTH_REQUIRED);
            return;
        }
        if (form && isPage(request) && !limits.allowsParameters(request.getParameterMap())) {
            refuse(request, response, Refusal.Reason.TOO_MANY_PARAMETERS);
            return;
        }
        if (isMultipart(contentType) && isPage(request) && "POST".equals(request.getMethod())) {
            // the container parses a page's multipart body on the first parameter anyone asks for;
            // one it cannot parse is the sender's fault (400), not a failure of the page (500)
            try {
                if (!limits.allowsParameters(request.getParameterMap())) {
                    refuse(request, response, Refusal.Reason.TOO_MANY_PARAMETERS);
                    return;
                }
            } catch (RuntimeException e) {
                if (BodyTooLargeException.isCause(e)) {
                    response.setHeader("Connection", "close");
                    refuse(request, response, Refusal.Reason.BODY_TOO_LARGE);
                } else {
                    refuse(request, response, Refusal.Reason.MALFORMED);
                }
                return;
            }
        }
        HttpServletRequest bounded = chunked ? new BoundedRequest(request, limit) : request;
        try {
            chain.doFilter(bounded, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!BodyTooLargeException.isCause(e) || response.isCommitted()) {
                throw e;
            }
            response.setHeader("Connection", "close");
            refuse(request, response, Refusal.Reason.BODY_TOO_LARGE);
        }
    }

    /**
     * Whether the request is for a Faces page, whose form body the container parses anyway. Other
     * endpoints (REST, protocol endpoints that read their body themselves) keep their body unread
     * here: their size is bounded, their parameters are theirs to count.
     */
    private static boolean isPage(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xhtml");
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal.Reason reason)
            throws IOException {
        LOG.info(() -> "Refused " + reason + ": " + request.getMethod() + " " + request.getRequestURI());
        Refusal.send(request, response, reason);
    }

    /** A request whose body is counted while it is read, and cut off at its limit. */
    static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Counts the bytes read and throws {@link BodyTooLargeException} past the limit. */
    static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int counted(int read) throws BodyTooLargeException {
            if (read > 0) {
                count += read;
                if (count > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return counted(in.read(buffer, offset, length));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
