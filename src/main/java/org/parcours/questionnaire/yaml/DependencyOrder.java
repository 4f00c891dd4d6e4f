package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Orders ids so that each comes after those it depends on, reporting each cycle met (depth first, in the order the
 * ids are given): shared by visibility ({@code visible_if}) and the actions' {@code after}.
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    /**
     * {@code dependencies} gives the ids an id depends on (unknown ones are skipped); {@code onCycle} receives the id
     * the cycle was closed on and the cycle itself, from that id back to it.
     */
    static List<String> of(Collection<String> ids, Function<String, Collection<String>> dependencies,
                           BiConsumer<String, List<String>> onCycle) {
        Walk walk = new Walk(ids, dependencies, onCycle);
        ids.forEach(walk::visit);
        return walk.order;
    }

    private static final class Walk {
        private final Collection<String> known;
        private final Function<String, Collection<String>> dependencies;
        private final BiConsumer<String, List<String>> onCycle;
        private final Map<String, Boolean> done = new HashMap<>(); // false while on the current path
        private final LinkedHashSet<String> path = new LinkedHashSet<>();
        private final List<String> order = new ArrayList<>();

        Walk(Collection<String> ids, Function<String, Collection<String>> dependencies,
             BiConsumer<String, List<String>> onCycle) {
            this.known = new java.util.HashSet<>(ids);
            this.dependencies = dependencies;
            this.onCycle = onCycle;
        }

        void visit(String id) {
            Boolean state = done.get(id);
            if (Boolean.TRUE.equals(state)) return;
            if (state != null) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String p : path) {
                    in |= p.equals(id);
                    if (in) cycle.add(p);
                }
                cycle.add(id);
                onCycle.accept(id, cycle);
                return;
            }
            done.put(id, false);
            path.add(id);
            for (String dependency : dependencies.apply(id)) {
                if (known.contains(dependency)) visit(dependency);
            }
            path.remove(id);
            done.put(id, true);
            order.add(id);
        }
    }
}
