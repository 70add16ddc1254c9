package org.edubrain.app.security.web;

import java.util.Map;

import org.edubrain.app.security.ApiTokens;
import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.edubrain.app.security.UserStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** Users and the audit log, for city administrators ({@code /admin/**} is limited to them). */
@Controller
@RequestMapping("/admin")
class AdminPages {

    private final UserStore users;
    private final AuditLog audit;
    private final ApiTokens tokens;

    AdminPages(UserStore users, AuditLog audit, ApiTokens tokens) {
        this.users = users;
        this.audit = audit;
        this.tokens = tokens;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("tokens", tokens.list(null));
        return "admin/users";
    }

    /** Issues an API token for a user; the page shows it once. */
    @PostMapping("/tokens")
    String issueToken(@RequestParam String username, @RequestParam String label, @RequestParam(defaultValue = "90") int days,
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        try {
            ApiTokens.Issued t = tokens.issue(username.strip(), label, days, me.username());
            audit.record(me.username(), "token.issue", "user", username.strip(),
                    Map.of("token", t.prefix(), "label", label.strip(), "days", days), request.getRemoteAddr());
            redirect.addFlashAttribute("issued", t);
            return "redirect:/admin/users#tokens";
        } catch (IllegalArgumentException e) {
            model.addAttribute("tokenError", e.getMessage());
            return users(model);
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable int id, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
        tokens.revoke(id, me.username()).ifPresent(user -> audit.record(me.username(), "token.revoke", "user", user,
                Map.of("token_id", id), request.getRemoteAddr()));
        return "redirect:/admin/users#tokens";
    }

    @PostMapping("/users")
    String create(@RequestParam String username, @RequestParam(required = false) String displayName,
            @RequestParam String role, @RequestParam String scope, @RequestParam String password,
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        try {
            Role r = Role.ofCode(role);
            users.create(new UserStore.NewUser(username.strip(), displayName, r, scope.strip()), password, me.username());
            audit.record(me.username(), "user.create", "user", username.strip(), Map.of("role", r.code(), "scope", scope.strip()),
                    request.getRemoteAddr());
            redirect.addFlashAttribute("created", username.strip());
            return "redirect:/admin/users";
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("form", Map.of("username", username, "displayName", displayName == null ? "" : displayName,
                    "role", role, "scope", scope));
            return users(model);
        }
    }

    @PostMapping("/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, @AuthenticationPrincipal CurrentUser me,
            HttpServletRequest request) {
        if (!username.equals(me.username())) {
            users.setEnabled(username, enabled);
            tokens.forget();
            audit.record(me.username(), enabled ? "user.enable" : "user.disable", "user", username, null,
                    request.getRemoteAddr());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String action, @RequestParam(defaultValue = "1") int page, Model model) {
        int size = 50;
        String a = action == null || action.isBlank() ? null : action;
        long total = audit.count(a);
        model.addAttribute("entries", audit.recent(size, (Math.max(1, page) - 1) * size, a));
        model.addAttribute("action", a);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("pages", Math.max(1, (total + size - 1) / size));
        model.addAttribute("total", total);
        return "admin/audit";
    }
}
