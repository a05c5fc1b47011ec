package jp.mynaportal.pittari.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The search screens are GET forms whose addresses carry Japanese (こそだて, 目黒, 東京都): their
 * parameters are read as UTF-8, the encoding the pages are served in, not the container's
 * ISO-8859-1 default.
 */
@WebFilter(filterName = "PittariQueryEncodingFilter", urlPatterns = "/pittari/*")
public class QueryEncodingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        chain.doFilter(request, response);
    }
}
