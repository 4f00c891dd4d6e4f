package org.parcours.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Comparison;
import org.parcours.engine.ProblemCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Team diagnostics through their service, on the real database: links, members, answers, conflicts. */
@SpringBootTest(properties = {"parcours.questionnaires-dir=src/test/resources/questionnaires",
    "parcours.team.max-members=3"})
class TeamServiceTest {

    @Autowired
    TeamService teams;

    @Autowired
    AssessmentService solos;

    @Autowired
    JdbcTemplate jdbc;

    private TeamCreated atelier() {
        return teams.create("mini", TeamMode.ATELIER, false, "Atelier du jeudi", "fr");
    }

    private TeamCreated croises(boolean named) {
        return teams.create("mini", TeamMode.REGARDS_CROISES, named, null, "fr");
    }

    private JoinOutcome.Joined join(TeamCreated team, String name) {
        JoinOutcome outcome = teams.join(team.invitation().value(), name);
        assertThat(outcome).isInstanceOf(JoinOutcome.Joined.class);
        return (JoinOutcome.Joined) outcome;
    }

    private static AnswerSet saved(TeamSaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(TeamSaveOutcome.Saved.class);
        return ((TeamSaveOutcome.Saved) outcome).answers();
    }

    @Test
    void a_new_team_gives_a_facilitator_link_and_an_invitation_stored_only_as_hashes() {
        TeamCreated team = atelier();

        assertThat(team.facilitator().value()).hasSize(43).isNotEqualTo(team.invitation().value());
        assertThat(jdbc.queryForObject("select count(*) from team where facilitator_hash = ? and invitation_hash = ?",
                Integer.class, team.facilitator().hash(), team.invitation().hash())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from team where facilitator_hash = ? or invitation_hash = ?",
                Integer.class, team.facilitator().value(), team.invitation().value())).isZero();
        TeamState state = teams.facilitator(team.facilitator().value()).orElseThrow().team();
        assertThat(state.teamName()).contains("Atelier du jeudi");
        assertThat(state.mode()).isEqualTo(TeamMode.ATELIER);
        assertThat(state.questionnaire().id()).isEqualTo("mini");
        assertThat(state.maxMembers()).isEqualTo(3);
    }

    @Test
    void members_join_by_the_invitation_with_a_name_or_as_membre_n_and_get_a_personal_link() {
        TeamCreated team = atelier();
        JoinOutcome.Joined alice = join(team, "  Alice  ");
        JoinOutcome.Joined second = join(team, "");

        assertThat(alice.member().displayName()).contains("Alice");
        assertThat(second.member().number()).isEqualTo(2);
        assertThat(second.member().displayName()).isEmpty();
        TeamView.AsMember page = teams.member(second.link().value()).orElseThrow();
        assertThat(page.me().number()).isEqualTo(2);
        assertThat(page.team().activeMembers()).hasSize(2);
    }

    @Test
    void each_kind_of_link_opens_only_its_own_page() {
        TeamCreated team = atelier();
        JoinOutcome.Joined member = join(team, null);

        assertThat(teams.member(team.facilitator().value())).isEmpty();
        assertThat(teams.member(team.invitation().value())).isEmpty();
        assertThat(teams.facilitator(member.link().value())).isEmpty();
        assertThat(teams.facilitator(team.invitation().value())).isEmpty();
        assertThat(teams.join(team.facilitator().value(), null)).isInstanceOf(JoinOutcome.NotFound.class);
        assertThat(teams.revoke(member.link(), 1)).isFalse();
    }

    @Test
    void tampered_links_open_nothing_and_never_reach_the_database() {
        TeamCreated team = atelier();
        String real = team.facilitator().value();
        String flipped = (real.charAt(0) == 'A' ? 'B' : 'A') + real.substring(1);

        for (String tampered : List.of(flipped, real.substring(1), real + "x", real.replace(real.charAt(5), '%'), "",
                "'; drop table team; --")) {
            assertThat(teams.facilitator(tampered)).as(tampered).isEmpty();
            assertThat(teams.member(tampered)).as(tampered).isEmpty();
            assertThat(teams.join(tampered, "x")).as(tampered).isInstanceOf(JoinOutcome.NotFound.class);
        }
        assertThat(teams.facilitator(null)).isEmpty();
        assertThat(teams.facilitator(real)).isPresent();
    }

    @Test
    void a_team_holds_at_most_its_configured_number_of_members() {
        TeamCreated team = atelier();
        join(team, "a");
        join(team, "b");
        join(team, "c");

        assertThat(teams.join(team.invitation().value(), "d")).isEqualTo(new JoinOutcome.Full(3));
        // a revoked member frees a place
        assertThat(teams.revoke(team.facilitator(), 2)).isTrue();
        assertThat(join(team, "d").member().number()).isEqualTo(4);
    }

    @Test
    void joins_at_the_same_moment_never_exceed_the_cap() throws Exception {
        TeamCreated team = atelier();
        List<JoinOutcome> outcomes = together(6, i -> teams.join(team.invitation().value(), "m" + i));

        assertThat(outcomes).filteredOn(JoinOutcome.Joined.class::isInstance).hasSize(3);
        assertThat(outcomes).filteredOn(JoinOutcome.Full.class::isInstance).hasSize(3);
        assertThat(teams.facilitator(team.facilitator().value()).orElseThrow().team().members())
                .extracting(Member::number).containsExactly(1, 2, 3);
    }

    @Test
    void a_revoked_member_link_opens_nothing_and_changes_nothing() {
        TeamCreated team = atelier();
        JoinOutcome.Joined member = join(team, "Bob");
        saved(teams.answer(member.link(), "resource_type", 0, AnswerValue.of("data")));

        assertThat(teams.revoke(team.facilitator(), member.member().number())).isTrue();
        assertThat(teams.member(member.link().value())).isEmpty();
        assertThat(teams.answer(member.link(), "resource_type", 1, AnswerValue.of("software")))
                .isInstanceOf(TeamSaveOutcome.NotFound.class);
        assertThat(teams.seen(member.link(), "identify", 1)).isFalse();
        // what they saved stays the team's
        assertThat(teams.facilitator(team.facilitator().value()).orElseThrow().team().teamAnswers().answers()
                .get("resource_type")).contains(AnswerValue.of("data"));
    }

    @Test
    void a_renewed_invitation_replaces_the_former_one_and_members_keep_their_links() {
        TeamCreated team = atelier();
        JoinOutcome.Joined member = join(team, null);
        TeamLink renewed = teams.renewInvitation(team.facilitator()).orElseThrow();

        assertThat(teams.join(team.invitation().value(), null)).isInstanceOf(JoinOutcome.NotFound.class);
        assertThat(teams.join(renewed.value(), null)).isInstanceOf(JoinOutcome.Joined.class);
        assertThat(teams.member(member.link().value())).isPresent();
    }

    @Test
    void every_answer_goes_through_the_engine_and_a_refused_one_loses_nothing() {
        TeamCreated team = atelier();
        JoinOutcome.Joined member = join(team, null);
        saved(teams.answer(member.link(), "maintainers", 0, AnswerValue.of(4)));

        TeamSaveOutcome refused = teams.answer(member.link(), "maintainers", 1, AnswerValue.of(9));
        assertThat(refused).isInstanceOf(TeamSaveOutcome.Refused.class);
        assertThat(((TeamSaveOutcome.Refused) refused).problems()).extracting(p -> p.code())
                .containsExactly(ProblemCode.OUT_OF_RANGE);
        assertThat(teams.answer(member.link(), "nope", 0, AnswerValue.of(true)))
                .isInstanceOf(TeamSaveOutcome.Refused.class);
        assertThat(teams.member(member.link().value()).orElseThrow().answers().answers().get("maintainers"))
                .contains(AnswerValue.of(4));
    }

    @Test
    void in_an_atelier_a_change_on_an_older_version_is_told_with_the_others_value_and_who_made_it() {
        TeamCreated team = atelier();
        JoinOutcome.Joined alice = join(team, "Alice");
        JoinOutcome.Joined bob = join(team, "Bob");
        AnswerSet afterAlice = saved(teams.answer(alice.link(), "resource_type", 0, AnswerValue.of("software")));
        assertThat(afterAlice.mark("resource_type").orElseThrow().byMember()).contains(alice.member().number());

        TeamSaveOutcome late = teams.answer(bob.link(), "resource_type", 0, AnswerValue.of("data"));
        assertThat(late).isInstanceOf(TeamSaveOutcome.Conflict.class);
        TeamSaveOutcome.Conflict conflict = (TeamSaveOutcome.Conflict) late;
        assertThat(conflict.theirs()).contains(AnswerValue.of("software"));
        assertThat(conflict.mark().byMember()).contains(alice.member().number());
        assertThat(conflict.mark().version()).isEqualTo(1);
        // Bob keeps his own value knowingly, naming the version he was shown
        AnswerSet afterBob = saved(teams.answer(bob.link(), "resource_type", conflict.mark().version(),
                AnswerValue.of("data")));
        assertThat(afterBob.answers().get("resource_type")).contains(AnswerValue.of("data"));
        assertThat(afterBob.mark("resource_type").orElseThrow().byMember()).contains(bob.member().number());
        // a change of another question never conflicts
        saved(teams.answer(alice.link(), "maintainers", 0, AnswerValue.of(3)));
    }

    @Test
    void concurrent_changes_of_the_same_answer_store_one_and_tell_the_others() throws Exception {
        TeamCreated team = atelier();
        List<TeamLink> links = List.of(join(team, "a").link(), join(team, "b").link(), join(team, "c").link());
        List<TeamSaveOutcome> outcomes = together(3, i -> teams.answer(links.get(i), "maintainers", 0,
                AnswerValue.of(i + 1)));

        assertThat(outcomes).filteredOn(TeamSaveOutcome.Saved.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(TeamSaveOutcome.Conflict.class::isInstance).hasSize(2);
        double stored = ((AnswerValue.Number) teams.facilitator(team.facilitator().value()).orElseThrow().team()
                .teamAnswers().answers().get("maintainers").orElseThrow()).value();
        outcomes.stream().filter(TeamSaveOutcome.Conflict.class::isInstance).map(TeamSaveOutcome.Conflict.class::cast)
                .forEach(c -> assertThat(c.theirs()).contains(AnswerValue.of(stored)));
    }

    @Test
    void concurrent_changes_of_different_answers_are_all_stored() throws Exception {
        TeamCreated team = atelier();
        List<TeamLink> links = List.of(join(team, "a").link(), join(team, "b").link(), join(team, "c").link());
        List<String> questions = List.of("resource_type", "maintainers", "code_public");
        List<AnswerValue> values = List.of(AnswerValue.of("software"), AnswerValue.of(2), AnswerValue.of(true));
        long before = teams.facilitator(team.facilitator().value()).orElseThrow().team().revision();

        List<TeamSaveOutcome> outcomes = together(3, i -> teams.answer(links.get(i), questions.get(i), 0,
                values.get(i)));

        assertThat(outcomes).allMatch(TeamSaveOutcome.Saved.class::isInstance);
        TeamState state = teams.facilitator(team.facilitator().value()).orElseThrow().team();
        assertThat(state.teamAnswers().answers().asMap()).hasSize(3);
        assertThat(state.revision()).isEqualTo(before + 3);
    }

    @Test
    void in_regards_croises_each_member_answers_alone_and_the_same_question_never_conflicts_between_members() {
        TeamCreated team = croises(false);
        JoinOutcome.Joined a = join(team, "A");
        JoinOutcome.Joined b = join(team, "B");

        saved(teams.answer(a.link(), "resource_type", 0, AnswerValue.of("software")));
        saved(teams.answer(b.link(), "resource_type", 0, AnswerValue.of("data")));

        TeamView.AsMember pageOfB = teams.member(b.link().value()).orElseThrow();
        assertThat(pageOfB.answers().answers().get("resource_type")).contains(AnswerValue.of("data"));
        assertThat(pageOfB.team().comparison()).isEmpty();
        assertThat(pageOfB.team().reasons("resource_type")).isEmpty();
    }

    @Test
    void the_comparison_shows_once_opened_or_once_everyone_has_finished() {
        TeamCreated team = croises(false);
        JoinOutcome.Joined a = join(team, "A");
        JoinOutcome.Joined b = join(team, "B");
        saved(teams.answer(a.link(), "maintainers", 0, AnswerValue.of(1)));
        saved(teams.answer(b.link(), "maintainers", 0, AnswerValue.of(5)));
        assertThat(teams.finished(a.link(), true)).isTrue();
        assertThat(facilitatorState(team).comparison()).isEmpty();

        assertThat(teams.finished(b.link(), true)).isTrue();
        Comparison comparison = facilitatorState(team).comparison().orElseThrow();
        assertThat(comparison.members()).isEqualTo(2);
        assertThat(comparison.question("maintainers").orElseThrow().divergence()).isEqualTo(1.0);

        TeamCreated other = croises(false);
        JoinOutcome.Joined c = join(other, "C");
        saved(teams.answer(c.link(), "maintainers", 0, AnswerValue.of(2)));
        assertThat(teams.openComparison(other.facilitator())).isTrue();
        assertThat(facilitatorState(other).comparison()).isPresent();
    }

    @Test
    void a_revoked_member_leaves_the_comparison() {
        TeamCreated team = croises(false);
        JoinOutcome.Joined a = join(team, "A");
        JoinOutcome.Joined b = join(team, "B");
        saved(teams.answer(a.link(), "maintainers", 0, AnswerValue.of(1)));
        saved(teams.answer(b.link(), "maintainers", 0, AnswerValue.of(5)));
        teams.openComparison(team.facilitator());
        teams.revoke(team.facilitator(), b.member().number());

        Comparison comparison = facilitatorState(team).comparison().orElseThrow();
        assertThat(comparison.members()).isEqualTo(1);
        assertThat(comparison.question("maintainers").orElseThrow().divergence()).isZero();
    }

    @Test
    void reasons_are_shown_with_the_comparison_without_names_unless_the_team_chose_named_mode() {
        for (boolean named : List.of(false, true)) {
            TeamCreated team = croises(named);
            JoinOutcome.Joined a = join(team, "Alice");
            saved(teams.answer(a.link(), "maintainers", 0, AnswerValue.of(1)));
            assertThat(teams.reason(a.link(), "maintainers", "Je suis\nseule à maintenir")).isTrue();
            teams.openComparison(team.facilitator());

            List<TeamState.Reason> reasons = facilitatorState(team).reasons("maintainers");
            assertThat(reasons).extracting(TeamState.Reason::text).containsExactly("Je suis seule à maintenir");
            assertThat(reasons.getFirst().member().isPresent()).isEqualTo(named);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> teams.reason(TeamLink.parse("x".repeat(43)).get(),
                "maintainers", "x".repeat(TeamService.REASON_MAX + 1)));
    }

    @Test
    void who_answered_what_shows_only_in_named_mode_and_only_with_the_comparison() {
        for (boolean named : List.of(false, true)) {
            TeamCreated team = croises(named);
            JoinOutcome.Joined a = join(team, "Alice");
            JoinOutcome.Joined b = join(team, null);
            saved(teams.answer(a.link(), "maintainers", 0, AnswerValue.of(1)));
            saved(teams.answer(b.link(), "maintainers", 0, AnswerValue.of(5)));
            assertThat(facilitatorState(team).namedAnswers("maintainers")).isEmpty();

            teams.openComparison(team.facilitator());
            List<TeamState.NamedAnswer> answers = facilitatorState(team).namedAnswers("maintainers");
            if (named) {
                assertThat(answers).extracting(x -> x.member().number(), TeamState.NamedAnswer::value)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, AnswerValue.of(1)),
                                org.assertj.core.groups.Tuple.tuple(2, AnswerValue.of(5)));
            } else {
                assertThat(answers).isEmpty();
            }
        }
    }

    @Test
    void the_facilitator_sets_the_agreed_answers_and_members_cannot() {
        TeamCreated team = croises(false);
        JoinOutcome.Joined a = join(team, "A");
        saved(teams.answer(team.facilitator(), "resource_type", 0, AnswerValue.of("data")));
        saved(teams.answer(a.link(), "resource_type", 0, AnswerValue.of("software")));

        TeamState state = facilitatorState(team);
        assertThat(state.teamAnswers().answers().get("resource_type")).contains(AnswerValue.of("data"));
        assertThat(state.teamAnswers().mark("resource_type").orElseThrow().byMember()).isEmpty();
        assertThat(teams.member(a.link().value()).orElseThrow().answers().answers().get("resource_type"))
                .contains(AnswerValue.of("software"));
    }

    @Test
    void a_closed_team_changes_no_answer_and_takes_no_member() {
        TeamCreated team = atelier();
        JoinOutcome.Joined a = join(team, "A");
        assertThat(teams.close(team.facilitator())).isTrue();

        assertThat(teams.answer(a.link(), "resource_type", 0, AnswerValue.of("data")))
                .isInstanceOf(TeamSaveOutcome.Closed.class);
        assertThat(teams.join(team.invitation().value(), null)).isInstanceOf(JoinOutcome.Closed.class);
        assertThat(facilitatorState(team).closed()).isTrue();
    }

    @Test
    void a_solo_assessment_becomes_a_team_one_keeping_its_answers() {
        AssessmentState solo = solos.start("mini", "Solo", "en");
        solo = ((SaveOutcome.Saved) solos.answer(solo.token(), "maintainers", 0, AnswerValue.of(4))).state();
        solo = ((SaveOutcome.Saved) solos.answer(solo.token(), "resource_type", 0, AnswerValue.of("data"))).state();

        TeamCreated atelier = teams.fromSolo(solo.token(), TeamMode.ATELIER, false).orElseThrow();
        assertThat(atelier.team().teamAnswers().answers()).isEqualTo(solo.answers());
        assertThat(atelier.team().teamName()).contains("Solo");
        assertThat(atelier.team().locale()).isEqualTo("en");
        assertThat(atelier.team().questionnaire().contentHash()).isEqualTo(solo.questionnaire().contentHash());
        var token = solo.token();
        assertThatIllegalStateException().isThrownBy(() -> teams.fromSolo(token, TeamMode.ATELIER, false));

        AssessmentState other = solos.start("mini", null, "fr");
        other = ((SaveOutcome.Saved) solos.answer(other.token(), "maintainers", 0, AnswerValue.of(2))).state();
        TeamCreated croises = teams.fromSolo(other.token(), TeamMode.REGARDS_CROISES, false).orElseThrow();
        TeamView.AsMember first = teams.member(croises.firstMember().orElseThrow().value()).orElseThrow();
        assertThat(first.me().number()).isEqualTo(1);
        assertThat(first.answers().answers()).isEqualTo(other.answers());
        assertThat(first.answers().versionOf("maintainers")).isEqualTo(1);
    }

    @Test
    void presence_is_not_an_edit() {
        TeamCreated team = atelier();
        JoinOutcome.Joined a = join(team, "A");
        long revision = teams.revision(facilitatorState(team));

        assertThat(teams.seen(a.link(), "sustain", 2)).isTrue();
        Member seen = facilitatorState(team).members().getFirst();
        assertThat(seen.currentPhase()).contains("sustain");
        assertThat(seen.currentPart()).isEqualTo(2);
        assertThat(teams.revision(facilitatorState(team))).isEqualTo(revision);
    }

    @Test
    void a_display_name_too_long_is_refused_with_its_length() {
        TeamCreated team = atelier();
        assertThatIllegalArgumentException().isThrownBy(() -> teams.join(team.invitation().value(),
                "x".repeat(TeamService.DISPLAY_NAME_MAX + 1)))
                .withMessage("display name longer than 60 characters (61)");
    }

    private TeamState facilitatorState(TeamCreated team) {
        return teams.facilitator(team.facilitator().value()).orElseThrow().team();
    }

    /** Runs {@code count} calls at once (released together) and returns their outcomes in order. */
    static <T> List<T> together(int count, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get(30, TimeUnit.SECONDS));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
