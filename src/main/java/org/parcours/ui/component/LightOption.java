package org.parcours.ui.component;

/** One option of a light group: the value the group reports when it is chosen, and the text people read. */
public record LightOption(String value, String label) {
}
