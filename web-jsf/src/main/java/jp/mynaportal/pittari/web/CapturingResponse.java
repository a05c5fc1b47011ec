package jp.mynaportal.pittari.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept instead of sent, so that {@link SearchPageCacheFilter} can store
 * the page before sending it. Status, headers, redirects and errors still go to the response.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final CharArrayWriter text = new CharArrayWriter(32 * 1024);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(text);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a captured page is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        text.reset();
        bytes.reset();
    }

    @Override
    public void reset() {
        super.reset();
        text.reset();
        bytes.reset();
    }

    /** Whether anything was written to the body. */
    boolean hasBody() {
        flushBuffer();
        return text.size() > 0 || bytes.size() > 0;
    }

    /** The body as text, in the encoding the page was written in. */
    String body() {
        flushBuffer();
        if (bytes.size() == 0) {
            return text.toString();
        }
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        return text + bytes.toString(charset);
    }
}
