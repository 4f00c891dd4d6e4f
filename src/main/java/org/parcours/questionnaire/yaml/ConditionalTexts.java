package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.LocalizedText;

/** Reads a list of {@code {if: CEL, <text key>: {fr, en}}} maps: a band's variants, a recommendation's requires. */
final class ConditionalTexts {

    private ConditionalTexts() {
    }

    /**
     * The items of {@code owner.key}, each named {@code what} in messages; {@code allowScore} says whether their
     * expressions may read scores. An item with a problem is left out (the problem is reported).
     */
    static <T> List<T> read(YamlMap owner, String key, String what, String textKey, ExpressionReader expressions,
                            boolean allowScore, BiFunction<Condition, LocalizedText, T> make) {
        List<T> out = new ArrayList<>();
        for (YNode n : owner.list(key, false)) {
            YamlMap.of(n, what, Set.of("if", textKey), owner.problems(), owner.locales()).ifPresent(item -> {
                Optional<Condition> condition = item.required("if")
                        .flatMap(c -> expressions.compile(c, "if", allowScore));
                Optional<LocalizedText> text = item.text(textKey, true);
                if (condition.isPresent() && text.isPresent()) out.add(make.apply(condition.get(), text.get()));
            });
        }
        return out;
    }
}
