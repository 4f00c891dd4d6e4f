package org.parcours.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<AnswerRow, AnswerRow.Key> {

    List<AnswerRow> findByAssessmentId(Long assessmentId);
}
