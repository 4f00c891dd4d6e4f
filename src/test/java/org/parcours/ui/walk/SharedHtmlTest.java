package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Markup shared by all sessions: built once per key, and bounded. */
class SharedHtmlTest {

    @Test
    void a_key_is_built_once_and_its_markup_is_the_same_string_for_everyone() {
        AtomicInteger builds = new AtomicInteger();
        String first = SharedHtml.of("test\u0000once", () -> "<p>" + builds.incrementAndGet() + "</p>");
        String second = SharedHtml.of("test\u0000once", () -> "<p>" + builds.incrementAndGet() + "</p>");

        assertThat(second).isSameAs(first).isEqualTo("<p>1</p>");
        assertThat(builds).hasValue(1);
    }

    @Test
    void the_least_recently_used_markup_makes_room_when_the_cache_is_full() {
        AtomicInteger builds = new AtomicInteger();
        SharedHtml.of("test\u0000oldest", () -> "old" + builds.incrementAndGet());
        for (int i = 0; i < SharedHtml.CAPACITY; i++) {
            String key = "test\u0000filler" + i;
            SharedHtml.of(key, () -> key);
        }

        assertThat(SharedHtml.of("test\u0000oldest", () -> "old" + builds.incrementAndGet())).isEqualTo("old2");
    }

    @Test
    void markdown_is_rendered_with_raw_html_escaped() {
        assertThat(SharedHtml.markdown("Un **commun** <b>gras</b>"))
                .contains("<strong>commun</strong>").contains("&lt;b&gt;gras&lt;/b&gt;");
    }
}
