package org.parcours.assessment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The purge's timer ({@link AssessmentPurge}); the retention it uses is {@link RetentionSetting}'s. */
@Configuration
@EnableScheduling
class PurgeSchedule {
}
