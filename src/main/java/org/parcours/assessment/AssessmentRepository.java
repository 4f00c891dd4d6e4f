package org.parcours.assessment;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByTokenHash(String tokenHash);

    /** The time of the last change; a plain update, so that two answers saved at once never conflict here. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Assessment a set a.updatedAt = :now where a.id = :id and a.updatedAt < :now")
    int touch(@Param("id") Long id, @Param("now") Instant now);

    /** The page the team is on: remembered without being an edit (it changes no version and never conflicts). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Assessment a set a.currentPhase = :phase, a.currentPart = :part where a.id = :id")
    int moveTo(@Param("id") Long id, @Param("phase") String phase, @Param("part") int part);

    /** The engine's progress, kept on the row so that the operator console can filter and page in SQL. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update assessment set answered_count = :answered, visible_count = :visible, complete = :complete "
            + "where id = :id", nativeQuery = true)
    int progress(@Param("id") Long id, @Param("answered") int answered, @Param("visible") int visible,
                 @Param("complete") boolean complete);

    @Query(value = "select complete from assessment where id = :id", nativeQuery = true)
    Boolean completeOf(@Param("id") Long id);

    @Query(value = "select id from assessment where complete is null order by id fetch first 200 rows only",
            nativeQuery = true)
    java.util.List<Long> withoutProgress();

    /** A new resume link: the old token's hash is replaced, so the old link stops working with this commit. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Assessment a set a.tokenHash = :renewed where a.tokenHash = :current")
    int replaceToken(@Param("current") String current, @Param("renewed") String renewed);

    /** The assessment founds its series when it is first taken again (the series is named by its id). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Assessment a set a.seriesId = a.id where a.id = :id and a.seriesId is null")
    int foundSeries(@Param("id") Long id);

    /** The rounds of a series before the given one, oldest first. */
    @Query("select a from Assessment a where a.seriesId = :series and a.roundNumber < :number order by a.roundNumber")
    java.util.List<Assessment> roundsBefore(@Param("series") Long series, @Param("number") int number);
}
