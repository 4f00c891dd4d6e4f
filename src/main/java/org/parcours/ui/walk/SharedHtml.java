package org.parcours.ui.walk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.parcours.markup.Markdown;

/**
 * Markup that every team sees alike (a phase's introduction, a question's help), built once and shared: each
 * page holds a reference to the same string instead of its own copy. Bounded, the least recently used out first,
 * so that questionnaire versions coming and going never make it grow without end.
 */
final class SharedHtml {

    static final int CAPACITY = 4_096;

    private static final Map<String, String> BUILT = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > CAPACITY;
                }
            });

    private SharedHtml() {
    }

    /** The markup for {@code key}, built by {@code build} the first time (outside the lock: it may nest). */
    static String of(String key, Supplier<String> build) {
        String built = BUILT.get(key);
        if (built != null) {
            return built;
        }
        String fresh = build.get();
        String raced = BUILT.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    /** Questionnaire Markdown as HTML, its raw HTML escaped. */
    static String markdown(String markdown) {
        return of("markdown\u0000" + markdown, () -> Markdown.render(markdown).html());
    }
}
