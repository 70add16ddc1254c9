package org.edubrain.app.shell;

import java.util.List;

/**
 * The capabilities of the platform (shared/seed/README.md), in the order of the plan. Those not
 * built yet are shown without a link.
 */
public final class Navigation {

    /** One entry: its message key, its address ({@code null} while not built) and its path prefix. */
    public record Item(String key, String href, String prefix) {
        public boolean available() {
            return href != null;
        }
    }

    static final List<Item> CAPABILITIES = List.of(
            new Item("nav.registry", "/registry/institutions", "/registry"),
            new Item("nav.collection", null, "/collection"),
            new Item("nav.monitoring", "/monitoring", "/monitoring"),
            new Item("nav.fitness", null, "/fitness"),
            new Item("nav.quality", null, "/quality"),
            new Item("nav.valueadded", null, "/valueadded"),
            new Item("nav.supervision", null, "/supervision"),
            new Item("nav.places", null, "/places"),
            new Item("nav.teachers", null, "/teachers"),
            new Item("nav.lifelong", null, "/lifelong"),
            new Item("nav.openness", null, "/openness"));

    private Navigation() {
    }
}
