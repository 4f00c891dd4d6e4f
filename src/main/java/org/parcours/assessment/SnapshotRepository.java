package org.parcours.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SnapshotRepository extends JpaRepository<QuestionnaireSnapshot, Long> {

    Optional<QuestionnaireSnapshot> findByContentHash(String contentHash);
}
