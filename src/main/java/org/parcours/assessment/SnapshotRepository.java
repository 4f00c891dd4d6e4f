package org.parcours.assessment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SnapshotRepository extends JpaRepository<QuestionnaireSnapshot, Long> {

    Optional<QuestionnaireSnapshot> findByContentHash(String contentHash);

    /**
     * The snapshot a start is about to use, locked against its erasure until the start commits (a shared lock on
     * PostgreSQL, so starts do not wait for each other; H2 has only exclusive row locks). Without it, on H2, an
     * erasure could count no assessment on the snapshot while a start's insert is not yet committed, and take
     * the snapshot away from under it.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select s from QuestionnaireSnapshot s where s.id = :id")
    Optional<QuestionnaireSnapshot> findForStart(@Param("id") long id);
}
