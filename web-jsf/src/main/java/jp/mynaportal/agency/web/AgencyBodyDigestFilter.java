package jp.mynaportal.agency.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;
import jp.mynaportal.agency.AgencyRequestSigner;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * After the authentication of an agency request: reads its body (at most {@code
 * mynaportal.agency.max-body-bytes}, 32 MiB by default; more is answered 413), compares its
 * SHA-256 with the digest the agency signed (a different body is answered 401 {@code
 * BODY_MISMATCH}) and hands the endpoints exactly the bytes that were checked.
 */
@WebFilter(filterName = "AgencyBodyDigestFilter", urlPatterns = "/api/agency/*")
public class AgencyBodyDigestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(AgencyBodyDigestFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object signed = request.getAttribute(AgencyRequestAuthentication.SIGNED_BODY);
        if (!(signed instanceof String digest)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = ConfigProvider.getConfig()
                .getOptionalValue("mynaportal.agency.max-body-bytes", Long.class)
                .orElse(32L * 1024 * 1024);
        if (request.getContentLengthLong() > limit) {
            AgencyApiAnswers.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BODY_TOO_LARGE");
            return;
        }
        byte[] body = read(request.getInputStream(), limit);
        if (body == null) {
            AgencyApiAnswers.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BODY_TOO_LARGE");
            return;
        }
        if (!MessageDigest.isEqual(
                digest.getBytes(StandardCharsets.US_ASCII),
                AgencyRequestSigner.bodySha256(body).getBytes(StandardCharsets.US_ASCII))) {
            LOG.warning(() -> "Agency request refused: BODY_MISMATCH");
            AgencyApiAnswers.error(response, HttpServletResponse.SC_UNAUTHORIZED, "BODY_MISMATCH");
            return;
        }
        chain.doFilter(new CheckedBody(request, body), response);
    }

    /** The body, or null when it is longer than the limit. */
    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The request with the body that was checked. */
    private static final class CheckedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CheckedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The checked body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
