package org.parcours.operator.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The threshold on one group of figures: shown from k, small groups merged, and nothing worked out by subtraction. */
class SectionTest {

    private static Section section(int population, Object... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i += 2) map.put((String) counts[i], (Integer) counts[i + 1]);
        return Section.of("s", "S", population, map, key -> key.toUpperCase(), 5);
    }

    @Test
    void a_count_of_four_is_hidden_and_a_count_of_five_is_shown() {
        Section section = section(9, "a", 5, "b", 4);

        assertThat(section.cells()).isEmpty();
        assertThat(section.others()).as("4 alone cannot stand, so the 5 joins it").isEqualTo(9);
    }

    @Test
    void small_groups_that_reach_k_together_are_merged_into_others() {
        Section section = section(20, "a", 12, "b", 3, "c", 2, "d", 3);

        assertThat(section.cells()).containsExactly(new Cell("a", "A", 12));
        assertThat(section.others()).isEqualTo(8);
        assertThat(section.hidden()).isEqualTo(3);
    }

    @Test
    void a_small_remainder_takes_the_smallest_shown_group_with_it_so_nothing_can_be_subtracted() {
        Section section = section(18, "a", 7, "b", 9, "c", 2);

        assertThat(section.cells()).containsExactly(new Cell("b", "B", 9));
        assertThat(section.others()).isEqualTo(9);
    }

    @Test
    void with_every_group_at_least_k_all_are_shown_largest_first() {
        Section section = section(30, "a", 10, "b", 15, "c", 5, "zero", 0);

        assertThat(section.cells()).extracting(Cell::key).containsExactly("b", "a", "c");
        assertThat(section.others()).isZero();
        assertThat(section.empty()).isFalse();
    }

    @Test
    void a_threshold_below_three_is_refused_at_start() {
        assertThatThrownBy(() -> new AnonymityThreshold(2)).hasMessageContaining("may not be below 3");
        assertThat(new AnonymityThreshold(3).k()).isEqualTo(3);
    }

    @Test
    void a_csv_field_that_looks_like_a_formula_stays_text() {
        assertThat(AggregateFiles.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AggregateFiles.csv("a, b")).isEqualTo("\"a, b\"");
        assertThat(AggregateFiles.csv("plain")).isEqualTo("plain");
    }
}
