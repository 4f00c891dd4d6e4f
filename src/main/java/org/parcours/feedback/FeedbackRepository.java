package org.parcours.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<FeedbackRow, Long> {

    Optional<FeedbackRow> findByAssessmentIdAndRecommendationId(Long assessmentId, String recommendationId);

    List<FeedbackRow> findByAssessmentId(Long assessmentId);
}
