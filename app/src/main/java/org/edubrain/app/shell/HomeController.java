package org.edubrain.app.shell;

import java.util.List;
import java.util.stream.Collectors;

import org.edubrain.app.shared.Labels;

import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.Views.CityOverview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public home page: the city and its districts in one table, aggregates only, with counts
 * below {@value #SUPPRESS_BELOW} suppressed.
 */
@Controller
class HomeController {

    static final int SUPPRESS_BELOW = 10;

    private final RegistryQueries registry;
    private final Labels labels;

    HomeController(RegistryQueries registry, Labels labels) {
        this.registry = registry;
        this.labels = labels;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, Model model) {
        List<Integer> years = registry.years();
        int y = year != null && years.contains(year) ? year : registry.latestYear();
        CityOverview overview = registry.overview(y);
        model.addAttribute("years", years);
        model.addAttribute("year", y);
        model.addAttribute("overview", overview);
        model.addAttribute("hasData", overview.city().learners() > 0);
        model.addAttribute("suppressBelow", SUPPRESS_BELOW);
        model.addAttribute("chartNames", overview.districts().stream().map(d -> labels.pick(d.nameZh(), d.nameEn()))
                .collect(Collectors.joining("|")));
        model.addAttribute("chartValues", overview.districts().stream().map(d -> Long.toString(d.learners()))
                .collect(Collectors.joining("|")));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
