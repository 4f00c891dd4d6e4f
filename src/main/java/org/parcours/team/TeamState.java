package org.parcours.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.engine.Comparison;
import org.parcours.engine.Engine;
import org.parcours.questionnaire.Questionnaire;

/**
 * A team diagnostic as last saved. The members' own answers (regards croisés) stay inside: what anyone sees of them
 * is the engine's comparison, and only once the facilitator opened it or every active member has finished; member
 * names go with answers and reasons only when the team chose named mode at creation.
 */
public final class TeamState {

    private final long id;
    private final TeamMode mode;
    private final boolean named;
    private final Optional<String> teamName;
    private final String locale;
    private final Questionnaire questionnaire;
    private final int maxMembers;
    private final boolean comparisonOpen;
    private final Optional<Instant> closedAt;
    private final long revision;
    private final List<Member> members;
    private final AnswerSet teamAnswers;
    private final Map<Long, AnswerSet> byMember;

    TeamState(long id, TeamMode mode, boolean named, Optional<String> teamName, String locale,
              Questionnaire questionnaire, int maxMembers, boolean comparisonOpen, Optional<Instant> closedAt,
              long revision, List<Member> members, AnswerSet teamAnswers, Map<Long, AnswerSet> byMember) {
        this.id = id;
        this.mode = mode;
        this.named = named;
        this.teamName = teamName;
        this.locale = locale;
        this.questionnaire = questionnaire;
        this.maxMembers = maxMembers;
        this.comparisonOpen = comparisonOpen;
        this.closedAt = closedAt;
        this.revision = revision;
        this.members = List.copyOf(members);
        this.teamAnswers = teamAnswers;
        this.byMember = Map.copyOf(byMember);
    }

    /** The team's row, which never changes: what the follow-up of its plan is kept under. */
    public long id() { return id; }

    public TeamMode mode() { return mode; }

    /** Whether members' names go with their answers and reasons (chosen at creation, never changed). */
    public boolean named() { return named; }

    public Optional<String> teamName() { return teamName; }

    public String locale() { return locale; }

    /** The questionnaire snapshot the team answers against. */
    public Questionnaire questionnaire() { return questionnaire; }

    public int maxMembers() { return maxMembers; }

    public boolean closed() { return closedAt.isPresent(); }

    /** Counts every change of the team's answers and members: a page whose revision is older refreshes. */
    public long revision() { return revision; }

    /** Every member who joined, revoked ones included, in the order they joined. */
    public List<Member> members() { return members; }

    public List<Member> activeMembers() {
        return members.stream().filter(Member::active).toList();
    }

    public Optional<Member> member(int number) {
        return members.stream().filter(m -> m.number() == number).findFirst();
    }

    /** The atelier's shared answers, or the agreed answers of regards croisés. */
    public AnswerSet teamAnswers() { return teamAnswers; }

    /** Whether the members' own answers can be compared: opened by the facilitator, or every active member done. */
    public boolean comparisonVisible() {
        if (mode != TeamMode.REGARDS_CROISES) return false;
        List<Member> active = activeMembers();
        return comparisonOpen || !active.isEmpty() && active.stream().allMatch(Member::finished);
    }

    public boolean comparisonOpen() { return comparisonOpen; }

    /** The engine's comparison of the active members' own answers, once it is visible. */
    public Optional<Comparison> comparison() {
        if (!comparisonVisible()) return Optional.empty();
        return Optional.of(Engine.compare(questionnaire, activeMembers().stream().map(this::answersOf).toList()));
    }

    /**
     * The members' reasons for their answer to a question, once the comparison is visible: with the member's name
     * in named mode, without in anonymous mode.
     */
    public List<Reason> reasons(String questionId) {
        if (!comparisonVisible()) return List.of();
        List<Reason> reasons = new ArrayList<>();
        for (Member m : activeMembers()) {
            AnswerSet set = byMember.getOrDefault(m.id(), AnswerSet.empty());
            set.reason(questionId).ifPresent(text -> reasons.add(new Reason(named ? Optional.of(m) : Optional.empty(),
                    text)));
        }
        return reasons;
    }

    /**
     * Who answered what to a question, once the comparison is visible and only in named mode (in anonymous mode
     * answers show as counts only): each active member's valid answer, in the order members joined.
     */
    public List<NamedAnswer> namedAnswers(String questionId) {
        if (!named || !comparisonVisible()) return List.of();
        List<NamedAnswer> answers = new ArrayList<>();
        for (Member m : activeMembers()) {
            org.parcours.engine.Evaluation own = Engine.evaluate(questionnaire, answersOf(m));
            if (!own.isVisible(questionId) || !own.problems(questionId).isEmpty()) continue;
            own.answers().get(questionId).ifPresent(v -> answers.add(new NamedAnswer(m, v)));
        }
        return answers;
    }

    /** One member's answer, shown with their name in named mode. */
    public record NamedAnswer(Member member, org.parcours.engine.AnswerValue value) {
    }

    /** A member's own answer set (the member's page, never another member's). */
    AnswerSet ownAnswers(Member member) {
        return byMember.getOrDefault(member.id(), AnswerSet.empty());
    }

    private Answers answersOf(Member member) {
        return ownAnswers(member).answers();
    }

    /** One member's reason for an answer; {@code member} only in named mode. */
    public record Reason(Optional<Member> member, String text) {
    }
}
