package org.parcours.operator.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One group of figures (the levels of a phase, the first options of a kind, the brakes...) after the threshold:
 * the cells of at least k; the smaller ones merged into {@code others} when together they reach k; otherwise
 * hidden, and then the smallest shown cells are merged in too until the remainder reaches k, so that no hidden
 * count can be worked out by subtracting the shown ones from the population.
 *
 * @param population how many assessments (or responses) the figures of this section are computed over
 * @param others     the merged small cells' total, 0 when there are none
 * @param hidden     how many small categories are in {@code others}, or were left out when {@code others} is 0
 */
public record Section(String id, String title, int population, List<Cell> cells, int others, int hidden) {

    public Section {
        cells = List.copyOf(cells);
    }

    static Section of(String id, String title, int population, Map<String, Integer> counts,
                      Function<String, String> label, int k) {
        List<Cell> shown = new ArrayList<>();
        int small = 0;
        int smallCategories = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() >= k) shown.add(new Cell(count.getKey(), label.apply(count.getKey()), count.getValue()));
            else if (count.getValue() > 0) {
                small += count.getValue();
                smallCategories++;
            }
        }
        shown.sort(Comparator.comparingInt(Cell::count));
        while (small > 0 && small < k && !shown.isEmpty()) {
            small += shown.removeFirst().count();
            smallCategories++;
        }
        shown.sort(Comparator.comparingInt(Cell::count).reversed().thenComparing(Cell::key));
        return new Section(id, title, population, shown, small >= k ? small : 0, smallCategories);
    }

    /** Nothing is shown: fewer than k in all, or every category small. */
    public boolean empty() {
        return cells.isEmpty() && others == 0;
    }
}
