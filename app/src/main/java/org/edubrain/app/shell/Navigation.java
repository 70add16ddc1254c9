package org.edubrain.app.shell;

import java.util.List;
import java.util.Set;

import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;

/**
 * The capabilities of the platform (shared/seed/README.md), in the order of the plan. Those not
 * built yet are shown without a link, and so are those the signed-in user's role does not use.
 */
public final class Navigation {

    /**
     * One entry: its message key, its address ({@code null} while not built), its path prefix, the
     * roles it is linked for (all when empty) and its sub-entries.
     */
    public record Item(String key, String href, String prefix, Set<Role> roles, List<Item> sub) {

        public Item(String key, String href, String prefix) {
            this(key, href, prefix, Set.of(), List.of());
        }

        public boolean available() {
            return href != null;
        }

        /** Whether the entry is a link for this user: built, signed in, and of one of its roles. */
        public boolean openTo(CurrentUser me) {
            return available() && me != null && (roles.isEmpty() || roles.contains(me.role()));
        }

        /** Whether the page at this path belongs to the entry (and to none of its sub-entries). */
        public boolean active(String path) {
            return path != null && path.startsWith(prefix) && sub.stream().noneMatch(s -> s.active(path));
        }
    }

    static final List<Item> CAPABILITIES = List.of(
            new Item("nav.registry", "/registry/institutions", "/registry"),
            new Item("nav.collection", "/collection", "/collection",
                    Set.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SCHOOL_ADMIN),
                    List.of(new Item("nav.submissions", "/collection/submissions", "/collection/submissions"))),
            new Item("nav.monitoring", "/monitoring", "/monitoring"),
            new Item("nav.fitness", "/fitness", "/fitness"),
            new Item("nav.quality", null, "/quality"),
            new Item("nav.valueadded", "/valueadded", "/valueadded"),
            new Item("nav.supervision", "/supervision", "/supervision",
                    Set.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.ANALYST), List.of()),
            new Item("nav.places", null, "/places"),
            new Item("nav.teachers", null, "/teachers"),
            new Item("nav.lifelong", null, "/lifelong"),
            new Item("nav.openness", null, "/openness"));

    private Navigation() {
    }
}
