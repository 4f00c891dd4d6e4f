package org.parcours.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sources and examples of the recommended items, each address once (first mention wins), in report order. */
final class Resources {

    private Resources() {
    }

    static List<Resource> of(Collection<ReportItem> items) {
        Map<String, Resource> byUrl = new LinkedHashMap<>();
        for (ReportItem item : items) {
            if (!item.recommended()) continue;
            item.sources().forEach(l -> byUrl.putIfAbsent(l.url(), new Resource(l.title(), l.url(), l.note(),
                    item.title())));
            item.examples().forEach(l -> byUrl.putIfAbsent(l.url(), new Resource(l.title(), l.url(), l.note(),
                    item.title())));
        }
        return List.copyOf(byUrl.values());
    }
}
