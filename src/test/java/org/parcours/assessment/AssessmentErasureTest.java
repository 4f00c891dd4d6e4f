package org.parcours.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Erasing a diagnostic and replacing its resume link, on H2 (the same scenarios run on PostgreSQL). */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class AssessmentErasureTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private AssessmentErasure erasure;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void erasing_removes_the_answers_the_assessment_and_its_unused_snapshot() {
        ErasureScenarios.erasing_removes_the_answers_the_assessment_and_its_unused_snapshot(service, erasure, jdbc);
    }

    @Test
    void a_snapshot_another_assessment_uses_stays() {
        ErasureScenarios.a_snapshot_another_assessment_uses_stays(service, erasure, jdbc);
    }

    @Test
    void a_new_link_replaces_the_old_one_at_once() {
        ErasureScenarios.a_new_link_replaces_the_old_one_at_once(service, jdbc);
    }

    @Test
    void starts_during_erasures_all_succeed() throws Exception {
        ErasureScenarios.starts_during_erasures_all_succeed(service, erasure, jdbc);
    }
}
