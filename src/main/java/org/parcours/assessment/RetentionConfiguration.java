package org.parcours.assessment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention read once at start-up (a wrong value stops it, saying what is accepted), and the purge's timer. */
@Configuration
@EnableScheduling
class RetentionConfiguration {

    @Bean
    Retention retention(@Value("${parcours.retention:P18M}") String text) {
        return Retention.parse(text);
    }
}
