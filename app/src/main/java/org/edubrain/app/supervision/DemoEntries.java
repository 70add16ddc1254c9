package org.edubrain.app.supervision;

import java.util.List;

import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.Views.OrgUnitView;
import org.edubrain.core.supervision.CountyIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo city's self-evaluation entries (区县自评): for every county-level unit and year, each
 * indicator the registry cannot decide entered with the evidence a district files, so that the
 * whole evaluations can be read — and with reasons a supervisor would recognise why some do not pass:
 *
 * <ul>
 * <li>旅顺口区: 社会认可度 83.4% in the latest year (parents' complaints about school buses and
 * after-school care) — a veto of its own;</li>
 * <li>金州区: 优质高中招生名额分配比例 46% (the quota for its junior schools not yet raised to half);</li>
 * <li>普兰店区: the report of the national quality monitoring not yet filed for the latest year, so
 * its verdict stays open (待补充);</li>
 * <li>长海县: the islands' public-service network for kindergartens not yet complete (普及普惠 政府保障 3);</li>
 * <li>the others met, their figures a stable margin over the thresholds;</li>
 * <li>政府保障 9 (五年360学时) while the registry holds fewer than five years of training hours: the
 * district's own records (100% in 西岗区 and 旅顺口区, 90–99% elsewhere).</li>
 * </ul>
 *
 * With the registry's own figures (core/democity SupervisionProfile), 西岗区 passes 优质均衡 every
 * year; 旅顺口区 passes until 2022 and fails from 2023, when two primary schools of 甘井子区 joined it
 * with their uncertified and under-trained teachers (and, in the latest year, on 社会认可度).
 *
 * Figures vary by unit and year with a hash of both, so that reruns give the same entries.
 */
@Component
class DemoEntries {

    /** Who the demo's entries are by: a name no account can have (usernames are [A-Za-z0-9._-]). */
    static final String USER = "(demo)";

    private final RegistryQueries registry;
    private final CountyEntries entries;
    private final JdbcClient jdbc;

    DemoEntries(RegistryQueries registry, CountyEntries entries, JdbcClient jdbc) {
        this.registry = registry;
        this.entries = entries;
        this.jdbc = jdbc;
    }

    /** Enters the demo's entries afresh (those entered by {@link #USER} before are removed first). */
    void enter() {
        jdbc.sql("delete from supervision_evidence where entry_id in (select id from supervision_entry where entered_by = :u)")
                .param("u", USER).update();
        jdbc.sql("delete from supervision_entry where entered_by = :u").param("u", USER).update();
        List<Integer> years = registry.years();
        int latest = registry.latestYear();
        int first = java.util.Collections.min(years);
        for (int year : years) {
            for (OrgUnitView u : registry.districts(year)) {
                for (CountyIndicator k : CountyIndicator.values()) {
                    // the registry decides its indicators; training hours only once it holds five years of them
                    boolean trainingUnknown = k == CountyIndicator.BG09 && year - 4 < first;
                    if (k.kind() == CountyIndicator.Kind.REGISTRY && !trainingUnknown) {
                        continue;
                    }
                    boolean last = year == latest;
                    if (last && u.code().equals("210214") && k == CountyIndicator.BQ09) {
                        continue; // the national monitoring report is not filed yet
                    }
                    String page = "第" + (3 + k.ordinal() % 40) + "页";
                    String evidence = "演示数据：" + year + "年" + u.nameZh() + "义务教育优质均衡与学前教育普及普惠自评报告，" + page;
                    if (k.figure()) {
                        double value = figure(k, u, year, last);
                        entries.enter(u.id(), year, k, value, null, evidence, null, USER);
                    } else {
                        boolean met = !(u.code().equals("210224") && k == CountyIndicator.PG03);
                        entries.enter(u.id(), year, k, null, met, met ? evidence : evidence + "：海岛乡镇尚无公办幼儿园", null, USER);
                    }
                }
            }
        }
    }

    private static double figure(CountyIndicator k, OrgUnitView u, int year, boolean last) {
        if (last && k == CountyIndicator.BS && u.code().equals("210212")) {
            return 83.4;
        }
        if (k == CountyIndicator.BG14 && u.code().equals("210213")) {
            return 46.0;
        }
        double h = Math.floorMod((u.code() + "/" + year + "/" + k.code()).hashCode(), 1000) / 1000.0;
        return switch (k) {
            case BG07 -> 6200 + Math.round(h * 1800);             // yuan per special-school student
            // the district's own training records, before the registry holds five years of hours
            case BG09 -> u.code().equals("210203") || u.code().equals("210212") ? 100 : 90 + Math.round(h * 90) / 10.0;
            case BG08 -> 101 + Math.round(h * 60) / 10.0;          // teachers' pay against civil servants', %
            case BG11A -> 10.5 + Math.round(h * 45) / 10.0;
            case BG11B -> 21 + Math.round(h * 90) / 10.0;
            case BG13A -> 100;
            case BG13B -> 96 + Math.round(h * 35) / 10.0;
            case BG14 -> 51 + Math.round(h * 90) / 10.0;
            case BG15 -> 88 + Math.round(h * 80) / 10.0;
            case BQ01 -> 96 + Math.round(h * 35) / 10.0;
            case BQ04 -> 5.2 + Math.round(h * 25) / 10.0;
            default -> 86.5 + Math.round(h * 90) / 10.0;          // social recognition
        };
    }
}
