package org.parcours.ui.walk;

/** Interface strings in the current language: the view's {@code getTranslation}. */
@FunctionalInterface
interface Texts {

    String get(String key, Object... params);
}
