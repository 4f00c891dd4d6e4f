package org.parcours.ui.admin;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.parcours.markup.Html;
import org.parcours.ui.component.Markup;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Sign-out as Spring Security wants it: a real form posted to {@code /admin/logout} with the session's CSRF token,
 * so that no other site can sign an operator out, and no script is needed.
 */
final class SignOutForm {

    private static final CsrfTokenRepository TOKENS = new HttpSessionCsrfTokenRepository();

    private SignOutForm() {
    }

    static Markup of(String label) {
        Markup form = new Markup("div", "pc-sign-out");
        Html html = new Html().open("form", "method", "post", "action", "/admin/logout");
        token().ifPresent(token -> html.trusted("<input type=\"hidden\" name=\"")
                .text(token.getParameterName()).trusted("\" value=\"").text(token.getToken()).trusted("\"/>"));
        return form.html(html.open("button", "type", "submit", "class", "pc-sign-out-button").text(label)
                .close("button").close("form"));
    }

    /** The session's token; made and kept there when this session has none yet (right after signing in). */
    private static java.util.Optional<CsrfToken> token() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) return java.util.Optional.empty();
        HttpServletRequest http = request.getHttpServletRequest();
        CsrfToken token = TOKENS.loadToken(http);
        if (token == null) {
            token = TOKENS.generateToken(http);
            TOKENS.saveToken(token, http, VaadinServletResponse.getCurrent().getHttpServletResponse());
        }
        return java.util.Optional.of(token);
    }
}
