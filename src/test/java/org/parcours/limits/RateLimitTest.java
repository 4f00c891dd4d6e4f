package org.parcours.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets per client, on a clock the test moves. */
class RateLimitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimit limit = new RateLimit("starts", 3, Duration.ofMinutes(3), now::get);

    @Test
    void a_burst_up_to_the_capacity_passes_then_the_client_waits_for_the_next_token() {
        for (int i = 0; i < 3; i++) assertThat(limit.take("203.0.113.7")).isZero();

        assertThat(limit.take("203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(limit.take("203.0.113.7")).isEqualTo(Duration.ofSeconds(30));
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(limit.take("203.0.113.7")).isZero();
        assertThat(limit.refusedCount()).isEqualTo(2);
    }

    @Test
    void each_client_has_its_own_bucket() {
        for (int i = 0; i < 3; i++) limit.take("203.0.113.7");

        assertThat(limit.take("198.51.100.2")).isZero();
        assertThatThrownBy(() -> limit.check("203.0.113.7")).isInstanceOfSatisfying(RateLimitedException.class,
                refused -> {
                    assertThat(refused.retryAfterSeconds()).isEqualTo(60);
                    assertThat(refused.getMessage()).contains("starts").doesNotContain("203.0.113.7");
                });
    }

    @Test
    void tokens_come_back_no_further_than_the_capacity() {
        now.addAndGet(Duration.ofDays(1).toNanos());
        for (int i = 0; i < 3; i++) assertThat(limit.take("203.0.113.7")).isZero();
        assertThat(limit.take("203.0.113.7")).isPositive();
    }

    @Test
    void a_wrong_setting_says_which_and_what_is_accepted() {
        assertThatThrownBy(() -> new RateLimit("exports", 0, Duration.ofMinutes(1), now::get))
                .hasMessageContaining("parcours.rate-limit.exports").hasMessageContaining("capacity");
    }
}
