package org.parcours.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parcours.markup.Html;

/** Markup shared by all sessions: built once per key, one string for everyone, and bounded. */
class SharedHtmlTest {

    @Test
    void a_key_is_built_once_and_its_markup_is_the_same_string_for_everyone() {
        AtomicInteger builds = new AtomicInteger();
        Html first = SharedHtml.of("test\u0000once", () -> new Html().element("p", "" + builds.incrementAndGet()));
        Html second = SharedHtml.of("test\u0000once", () -> new Html().element("p", "" + builds.incrementAndGet()));

        assertThat(second.toString()).isSameAs(first.toString()).isEqualTo("<p>1</p>");
        assertThat(builds).hasValue(1);
    }

    @Test
    void the_least_recently_used_markup_makes_room_when_the_cache_is_full() {
        AtomicInteger builds = new AtomicInteger();
        SharedHtml.of("test\u0000oldest", () -> Html.escaped("old" + builds.incrementAndGet()));
        for (int i = 0; i < SharedHtml.CAPACITY; i++) {
            String key = "test\u0000filler" + i;
            SharedHtml.of(key, () -> Html.escaped(key));
        }

        assertThat(SharedHtml.of("test\u0000oldest", () -> Html.escaped("old" + builds.incrementAndGet())))
                .hasToString("old2");
    }

    @Test
    void markdown_is_rendered_with_raw_html_escaped() {
        assertThat(SharedHtml.markdown("Un **commun** <b>gras</b>").toString())
                .contains("<strong>commun</strong>").contains("&lt;b&gt;gras&lt;/b&gt;");
    }
}
