package org.parcours.cluster;

import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name among the others: {@code parcours.node-name} ({@code PARCOURS_NODE_NAME}), by default the JVM's
 * {@code pid@host}, unique on a network.
 */
@Component
class NodeName {

    private final String value;

    NodeName(@Value("${parcours.node-name:}") String configured) {
        this.value = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip();
    }

    String value() {
        return value;
    }
}
