package jp.mynaportal.connect.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.mynaportal.connect.OpenIdProvider;

/** The OpenID Provider's discovery document at {@code /.well-known/openid-configuration}. */
@WebServlet(urlPatterns = "/.well-known/openid-configuration")
public class OpenIdConfigurationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OpenIdProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "max-age=300");
        response.getWriter().write(provider.discovery(PortalAddress.of(request)));
    }
}
