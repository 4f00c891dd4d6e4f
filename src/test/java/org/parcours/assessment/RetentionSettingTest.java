package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention in force: an administrator's choice stored in the database wins over {@code parcours.retention},
 * holds at once for the pages and the purge (on every node: each use reads the row), and can be forgotten.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class RetentionSettingTest {

    @Autowired
    private RetentionSetting setting;

    @Autowired
    private AssessmentService service;

    @Autowired
    private AssessmentPurge purge;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void configurationOnly() {
        jdbc.update("delete from instance_setting");
    }

    @Test
    void without_a_choice_the_configuration_holds() {
        assertThat(setting.chosen()).isEmpty();
        assertThat(setting.inForce()).isEqualTo(Retention.parse("P18M")).isEqualTo(setting.configured());
        assertThat(service.retention()).isEqualTo(Retention.parse("P18M"));
    }

    @Test
    void a_stored_retention_wins_over_the_configuration_and_back_to_the_default_forgets_it() {
        setting.choose(setting.accepted("P6M"), "ada");

        assertThat(setting.inForce()).isEqualTo(Retention.parse("P6M"));
        assertThat(service.retention()).as("what the pages say").isEqualTo(Retention.parse("P6M"));
        assertThat(setting.chosen()).hasValueSatisfying(chosen -> {
            assertThat(chosen.by()).isEqualTo("ada");
            assertThat(chosen.at()).isAfter(Instant.now().minusSeconds(60));
        });

        setting.choose(setting.accepted("p2y"), "bob");
        assertThat(jdbc.queryForList("select setting_value || ' ' || changed_by from instance_setting",
                String.class)).containsExactly("P2Y bob");

        setting.backToConfigured();
        assertThat(setting.inForce()).isEqualTo(setting.configured());
        assertThat(setting.chosen()).isEmpty();
    }

    @Test
    void a_retention_another_node_stored_holds_here_at_once() {
        jdbc.update("insert into instance_setting (name, setting_value, changed_by, changed_at) values "
                + "('retention', 'P3M', 'ada', ?)", Timestamp.from(Instant.now()));

        assertThat(service.retention()).isEqualTo(Retention.parse("P3M"));
    }

    @Test
    void a_stored_value_changed_by_hand_into_nonsense_leaves_the_configuration_in_force() {
        jdbc.update("insert into instance_setting (name, setting_value, changed_by, changed_at) values "
                + "('retention', '18 mois', 'someone', ?)", Timestamp.from(Instant.now()));

        assertThat(setting.inForce()).isEqualTo(setting.configured());
    }

    @Test
    void the_console_accepts_one_day_to_ten_years_as_a_period_and_says_so_otherwise() {
        for (String fine : List.of("P1D", "P90D", "P18M", "P1Y6M", "P120M", "P10Y")) {
            assertThat(setting.accepted(fine)).as(fine).isEqualTo(Retention.parse(fine));
        }
        for (String wrong : List.of("P0D", "PT23H", "PT36H", "P10Y1D", "P121M", "P11Y", "18 mois", "", "-P1M")) {
            assertThatThrownBy(() -> setting.accepted(wrong)).as(wrong)
                    .isInstanceOf(RetentionSetting.OutOfBounds.class)
                    .hasMessageContaining("P1D").hasMessageContaining("P10Y").hasMessageContaining("P18M");
        }
    }

    @Test
    void the_purge_uses_the_retention_in_force_at_each_run() {
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        AssessmentState fortyDays = changedDaysAgo(service.start("mini", null, "fr"), 40);
        AssessmentState twentyDays = changedDaysAgo(service.start("mini", null, "fr"), 20);
        AssessmentState fresh = service.start("mini", null, "fr");

        setting.choose(setting.accepted("P30D"), "ada");
        assertThat(setting.wouldErase(setting.accepted("P10D"))).as("counted before choosing 10 days").isEqualTo(2);
        assertThat(purge.purge()).isOne();
        assertThat(service.open(fortyDays.token().value())).isEmpty();
        assertThat(service.open(twentyDays.token().value())).isPresent();

        setting.choose(setting.accepted("P10D"), "ada");
        assertThat(purge.purge()).isOne();
        assertThat(service.open(twentyDays.token().value())).isEmpty();
        assertThat(service.open(fresh.token().value())).isPresent();
    }

    @Test
    void a_longer_retention_is_not_shorter_and_a_shorter_one_is() {
        assertThat(setting.isShorter(setting.accepted("P1Y"))).isTrue();
        assertThat(setting.isShorter(setting.accepted("P2Y"))).isFalse();
        assertThat(setting.isShorter(setting.accepted("P18M"))).isFalse();
    }

    private AssessmentState changedDaysAgo(AssessmentState state, int days) {
        jdbc.update("update assessment set updated_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(days), state.id());
        return state;
    }
}
