package org.parcours.operator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.parcours.markup.Html;
import org.parcours.markup.Xml;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The operator's login page, in French or English ({@code ?lang=}, else the browser's languages): a plain HTML
 * form, so that it works before any script runs and with the browser's password manager, labelled fields, the
 * reason of a refusal announced to screen readers, and the CSRF token Spring Security checks on the post.
 */
@Controller
class LoginPage {

    private static final String BUNDLE = "i18n.ui";

    private final ObjectProvider<ClientRegistrationRepository> providers;
    private final boolean passwords;

    LoginPage(ObjectProvider<ClientRegistrationRepository> providers,
            @Value("${parcours.operators.password-sign-in:true}") boolean passwords) {
        this.providers = providers;
        this.passwords = passwords;
    }

    @GetMapping(value = SecurityConfiguration.LOGIN, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        Locale locale = locale(request);
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String base = request.getContextPath();
        String other = locale.getLanguage().equals("en") ? "fr" : "en";
        Html page = new Html(2048).trusted("<!DOCTYPE html>")
                .open("html", "lang", locale.getLanguage()).open("head")
                .trusted("<meta charset=\"utf-8\"/>")
                .trusted("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .element("title", text.getString("login.page-title"))
                .trusted("<link rel=\"stylesheet\" href=\"" + base + "/styles/operator-login.css\"/>")
                .close("head").open("body")
                .open("main", "id", "main-content", "class", "pc-login")
                .element("h1", text.getString("login.title"))
                .element("p", text.getString("login.lead"));
        status(request, text).ifPresent(message -> page.open("p", "role", "alert", "class", "pc-login-status")
                .text(message).close("p"));
        providerLinks(page, text, base);
        if (passwords) passwordForm(page, text, base, locale, csrf);
        return page
                .open("p").open("a", "href", base + SecurityConfiguration.LOGIN + "?lang=" + other,
                        "lang", other, "hreflang", other).text(text.getString("login.other-language")).close("a")
                .close("p").open("p").open("a", "href", base + "/").text(text.getString("login.back-home"))
                .close("a").close("p")
                .close("main").close("body").close("html").toString();
    }

    /** One link per OpenID Connect provider, named as configured ({@code client-name}). */
    private void providerLinks(Html page, ResourceBundle text, String base) {
        ClientRegistrationRepository repository = providers.getIfAvailable();
        if (!(repository instanceof Iterable<?> registrations)) return;
        page.open("ul", "class", "pc-login-providers");
        for (Object each : registrations) {
            ClientRegistration registration = (ClientRegistration) each;
            page.open("li").open("a", "class", "pc-login-provider", "href", base + OidcProviders.AUTHORIZATION
                    + "/" + registration.getRegistrationId())
                    .text(MessageFormat.format(text.getString("login.with-provider"), registration.getClientName()))
                    .close("a").close("li");
        }
        page.close("ul");
    }

    private static void passwordForm(Html page, ResourceBundle text, String base, Locale locale, CsrfToken csrf) {
        page.open("form", "method", "post", "action", base + SecurityConfiguration.LOGIN
                        + "?lang=" + locale.getLanguage())
                .open("label", "for", "username").text(text.getString("login.name")).close("label")
                .trusted("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" "
                        + "required=\"required\" autocapitalize=\"none\" spellcheck=\"false\" maxlength=\"100\"/>")
                .open("label", "for", "password").text(text.getString("login.password")).close("label")
                .trusted("<input id=\"password\" name=\"password\" type=\"password\" "
                        + "autocomplete=\"current-password\" required=\"required\" maxlength=\"200\"/>");
        if (csrf != null) {
            page.trusted("<input type=\"hidden\" name=\"" + Xml.escape(csrf.getParameterName()) + "\" value=\""
                    + Xml.escape(csrf.getToken()) + "\"/>");
        }
        page.element("button", text.getString("login.submit"), "type", "submit").close("form");
    }

    private static Optional<String> status(HttpServletRequest request, ResourceBundle text) {
        if (request.getParameter("error") != null) return Optional.of(text.getString("login.refused"));
        if (request.getParameter("unknown-identity") != null) {
            HttpSession session = request.getSession(false);
            Object identity = session == null ? null : session.getAttribute(SignInAudit.REFUSED_IDENTITY);
            return Optional.of(MessageFormat.format(text.getString("login.unknown-identity"),
                    identity == null ? "?" : identity));
        }
        if (request.getParameter("provider-error") != null) return Optional.of(text.getString("login.provider-error"));
        String throttled = request.getParameter("throttled");
        if (throttled != null) {
            int minutes = throttled.matches("\\d{1,4}") ? Integer.parseInt(throttled) : 15;
            return Optional.of(MessageFormat.format(text.getString("login.throttled"), minutes));
        }
        if (request.getParameter("signed-out") != null) return Optional.of(text.getString("login.signed-out"));
        return Optional.empty();
    }

    static Locale locale(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked)) return Locale.ENGLISH;
        if ("fr".equals(asked)) return Locale.FRENCH;
        // Without the header the servlet answers the server's own locale: French, the product's first language.
        if (request.getHeader("Accept-Language") == null) return Locale.FRENCH;
        for (var languages = request.getLocales(); languages.hasMoreElements(); ) {
            String language = languages.nextElement().getLanguage();
            if (language.equals("fr")) return Locale.FRENCH;
            if (language.equals("en")) return Locale.ENGLISH;
        }
        return Locale.FRENCH;
    }
}
