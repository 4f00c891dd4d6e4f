package org.parcours.ui.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.parcours.markup.Html;
import org.parcours.markup.Markdown;

/**
 * Markup that every team sees alike (a phase's introduction, a question's help), built once and shared: each
 * page holds a reference to the same string instead of its own copy. Bounded, the least recently used out first,
 * so that questionnaire versions coming and going never make it grow without end.
 */
public final class SharedHtml {

    static final int CAPACITY = 4_096;

    private static final Map<String, Html> BUILT = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Html> eldest) {
                    return size() > CAPACITY;
                }
            });

    private SharedHtml() {
    }

    /** The markup for {@code key}, built by {@code build} the first time (outside the lock: it may nest). */
    public static Html of(String key, Supplier<Html> build) {
        Html built = BUILT.get(key);
        if (built != null) {
            return built;
        }
        Html fresh = build.get().freeze();
        Html raced = BUILT.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    /** Markdown as HTML, its raw HTML escaped. */
    public static Html markdown(String markdown) {
        return of("markdown\u0000" + markdown, () -> Html.of(Markdown.render(markdown)));
    }
}
