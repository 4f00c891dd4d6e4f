package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Markup shared by all sessions: built once per key, and bounded. */
class SharedHtmlTest {

    @Test
    void aKeyIsBuiltOnceAndItsMarkupIsTheSameStringForEveryone() {
        AtomicInteger builds = new AtomicInteger();
        String first = SharedHtml.of("test\u0000once", () -> "<p>" + builds.incrementAndGet() + "</p>");
        String second = SharedHtml.of("test\u0000once", () -> "<p>" + builds.incrementAndGet() + "</p>");

        assertThat(second).isSameAs(first).isEqualTo("<p>1</p>");
        assertThat(builds).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedMarkupMakesRoomWhenTheCacheIsFull() {
        AtomicInteger builds = new AtomicInteger();
        SharedHtml.of("test\u0000oldest", () -> "old" + builds.incrementAndGet());
        for (int i = 0; i < SharedHtml.CAPACITY; i++) {
            String key = "test\u0000filler" + i;
            SharedHtml.of(key, () -> key);
        }

        assertThat(SharedHtml.of("test\u0000oldest", () -> "old" + builds.incrementAndGet())).isEqualTo("old2");
    }

    @Test
    void markdownIsRenderedWithRawHtmlEscaped() {
        assertThat(SharedHtml.markdown("Un **commun** <b>gras</b>"))
                .contains("<strong>commun</strong>").contains("&lt;b&gt;gras&lt;/b&gt;");
    }
}
