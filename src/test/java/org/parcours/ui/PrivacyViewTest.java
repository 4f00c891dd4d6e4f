package org.parcours.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.RetentionSetting;
import org.parcours.ui.component.Markup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The personal-data page says what is kept, why, for how long as in force, how to erase it, and the cookie. */
class PrivacyViewTest {

    @Nested
    @SpringBootTest
    class AsShipped extends SpringBrowserlessTest {

        @Autowired
        private RetentionSetting retention;

        @Test
        void in_french_it_says_what_is_kept_for_18_months_and_how_to_erase_it() {
            UI.getCurrent().setLocale(Locale.FRENCH);
            navigate(PrivacyView.class);

            assertThat(page()).contains("<h1>Données personnelles</h1>", "vos réponses aux questions",
                    "le nom de l’équipe ou du projet", "n’enregistre pas votre adresse IP",
                    "Un diagnostic est gardé 18 mois après sa dernière modification",
                    "« Supprimer ce diagnostic »", "JSESSIONID", "30 minutes sans activité",
                    "adressez-vous à l’organisation qui met ce service à votre disposition");
        }

        @Test
        void in_english_too() {
            UI.getCurrent().setLocale(Locale.ENGLISH);
            navigate(PrivacyView.class);

            assertThat(page()).contains("<h1>Personal data</h1>", "A diagnostic is kept 18 months after its last change", "“Delete this diagnostic”", "one cookie only, JSESSIONID");
        }

        @Test
        void it_says_the_retention_an_administrator_chose_in_the_console() {
            retention.choose(retention.accepted("P90D"), "ada");
            try {
                UI.getCurrent().setLocale(Locale.FRENCH);
                navigate(PrivacyView.class);

                assertThat(page()).contains("Un diagnostic est gardé 90 jours après sa dernière modification");
            } finally {
                retention.backToConfigured();
            }
        }

        @Test
        void the_footer_of_every_page_links_to_it() {
            UI.getCurrent().setLocale(Locale.FRENCH);
            navigate(HomeView.class);

            assertThat(find(Markup.class).withClassName("pc-footer-text").single().html())
                    .contains("<a router-link=\"\" href=\"donnees-personnelles\">Données personnelles</a>");
        }

        private String page() {
            return find(Markup.class).withClassName("pc-privacy").single().html();
        }
    }

    @Nested
    @SpringBootTest(properties = {"parcours.retention=P2Y", "parcours.operator-contact=dpo@example.org",
            "server.servlet.session.timeout=20m"})
    class AsConfigured extends SpringBrowserlessTest {

        @Test
        void it_says_the_configured_retention_session_and_contact() {
            UI.getCurrent().setLocale(Locale.FRENCH);
            navigate(PrivacyView.class);

            assertThat(page()).contains("gardé 2 ans après sa dernière modification", "20 minutes sans activité",
                    "<a href=\"mailto:dpo@example.org\">dpo@example.org</a>");
        }

        private String page() {
            return find(Markup.class).withClassName("pc-privacy").single().html();
        }
    }

}
