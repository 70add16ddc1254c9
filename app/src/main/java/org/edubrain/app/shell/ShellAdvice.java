package org.edubrain.app.shell;

import java.util.List;

import org.edubrain.app.democity.DemoCityLoader;
import org.edubrain.app.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What every page's layout needs: the signed-in user, the navigation, the demo city's loading state. */
@ControllerAdvice
class ShellAdvice {

    private final DemoCityLoader demo;

    ShellAdvice(DemoCityLoader demo) {
        this.demo = demo;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof CurrentUser u ? u : null;
    }

    @ModelAttribute("navigation")
    List<Navigation.Item> navigation() {
        return Navigation.CAPABILITIES;
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The demo city's loading step, or null: the layout's banner says whether the data are there yet. */
    @ModelAttribute("demoStep")
    String demoStep() {
        return demo.progress();
    }
}
