package org.parcours.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.TeamName;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void a_browser_asking_for_neither_language_gets_the_home_page_in_french() {
        UI.getCurrent().setLocale(UiTranslations.supported(Locale.GERMAN));

        navigate(HomeView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Parcours");
        assertThat(leadText()).startsWith("Parcours vous guide pas à pas");
        assertThat(languageSwitch().getText()).isEqualTo("English");
    }

    @Test
    void the_language_switch_shows_the_home_page_in_english_and_back() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(HomeView.class);

        test(languageSwitch()).click();

        assertThat(leadText()).startsWith("Parcours walks you step by step");
        assertThat(languageSwitch().getText()).isEqualTo("Français");
        assertThat(languageSwitch().getElement().getAttribute("lang")).isEqualTo("fr");

        test(languageSwitch()).click();

        assertThat(leadText()).startsWith("Parcours vous guide pas à pas");
    }

    @Test
    void a_team_name_over_the_limit_is_refused_with_a_message_and_nothing_starts() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(HomeView.class);
        TextField team = find(TextField.class).first();

        // More than the field's maxlength lets one type: what a browser sends once that attribute is removed.
        team.setValue("é".repeat(TeamName.MAX_LENGTH + 1));
        test(find(Button.class).withText("Commencer").first()).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(team.isInvalid()).isTrue();
        assertThat(team.getErrorMessage()).isEqualTo("Ce nom dépasse 120 caractères : raccourcissez-le.");
    }

    @Test
    void every_interface_string_exists_in_both_languages() throws java.io.IOException {
        assertThat(keys("en")).containsExactlyInAnyOrderElementsOf(keys("fr"));
    }

    private static java.util.Set<Object> keys(String language) throws java.io.IOException {
        var properties = new java.util.Properties();
        try (var in = HomeViewTest.class.getResourceAsStream("/i18n/ui_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }

    private String leadText() {
        return find(Paragraph.class).withClassName("pc-lead").single().getText();
    }

    private LanguageSwitch languageSwitch() {
        return find(LanguageSwitch.class).single();
    }
}
