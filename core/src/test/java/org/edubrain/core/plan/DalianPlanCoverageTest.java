package org.edubrain.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edubrain.core.indicator.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan file covers the plan text: every key-project box (重点项目) and every numbered target of
 * 三、重点任务 in {@code shared/seed/dalian-education-plan-2021-2025.zh.txt} is found in
 * {@code plans/dalian-2021-2025.yaml}, and every target of the file quotes the line it cites.
 *
 * <p>The expectations come from the plan text, read here with its own simple rules and not with the
 * plan reader: a box is a line {@code 文本框: 重点项目N}; a numbered target is a number (or the
 * draft's placeholder {@code **}) followed by a counting unit (所, 个, 名, 人次, 课时, %, Mbps), or a
 * ratio such as {@code 600:1}.
 */
class DalianPlanCoverageTest {

    private static final Pattern BOX = Pattern.compile("^文本框:\\s*重点项目(\\d+)\\s*$");
    private static final Pattern NUMBERED = Pattern.compile(
            "(\\*{2,}|\\d+(?:[-—–]\\d+)?)\\s*(所|个|名|人次|课时|%|Mbps)|(\\d+:\\d+)");

    /**
     * Numbers of the tasks that restate a main indicator of the plan's table; the file holds them as
     * the indicator's target, so they are checked against that target instead. Line → (number, indicator).
     */
    private static final Map<String, String> MAIN_INDICATOR_REPEATS = Map.of(
            "173:55%", "public_kindergarten_share",
            "180:55%", "public_kindergarten_share",
            "221:80%", "vocational_dual_qualified_share");

    private static List<String> text;
    private static Plan plan;
    private static int tasksFrom;
    private static int tasksTo;

    @BeforeAll
    static void read() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path source = null;
        for (Path p = root; p != null && source == null; p = p.getParent()) {
            Path candidate = p.resolve("shared/seed/dalian-education-plan-2021-2025.zh.txt");
            if (Files.exists(candidate)) {
                source = candidate;
            }
        }
        assertThat(source).as("the plan text under shared/seed, above " + root).isNotNull();
        text = Files.readAllLines(source, StandardCharsets.UTF_8);
        try (Reader r = Files.newBufferedReader(Path.of("../plans/dalian-2021-2025.yaml"), StandardCharsets.UTF_8)) {
            plan = PlanReader.read("dalian-2021-2025.yaml", r, Catalogue.elements());
        }
        tasksFrom = lineStarting("三、重点任务");
        tasksTo = lineStarting("四、保障措施");
    }

    private static int lineStarting(String prefix) {
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("the plan text has no line starting " + prefix);
    }

    private static String line(int n) {
        return text.get(n - 1);
    }

    /** Punctuation and spacing differ between the draft's half-width and the file's full-width forms. */
    private static String normal(String s) {
        return s.replaceAll("\\s", "").replace('，', ',').replace('；', ';').replace('：', ':').replace('（', '(')
                .replace('）', ')').replace('“', '"').replace('”', '"').replace('、', ',').replace("。", "")
                .replace('－', '-').replace('—', '-').replace('–', '-');
    }

    /** The key-project boxes of the tasks: the line of each box → its number. */
    private static Map<Integer, Integer> boxes() {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int n = tasksFrom; n < tasksTo; n++) {
            Matcher m = BOX.matcher(line(n).trim());
            if (m.matches()) {
                out.put(n, Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    /** The box a line belongs to (its bullets follow the box line), or 0. */
    private static int boxOf(int n, Map<Integer, Integer> boxes) {
        int k = n - 1;
        while (k >= tasksFrom && line(k).startsWith("◆")) {
            k--;
        }
        return line(n).startsWith("◆") && boxes.containsKey(k) ? k : 0;
    }

    @Test
    void everyKeyProjectBoxOfTheTextIsAKeyProjectOfTheFile() {
        Map<Integer, Integer> boxes = boxes();
        assertThat(boxes).as("the boxes of the plan text").hasSize(8);
        Map<Integer, Integer> inFile = new LinkedHashMap<>();
        for (Plan.KeyProject p : plan.keyProjects()) {
            inFile.put(p.sourceLine(), p.number());
        }
        assertThat(inFile).as("key projects of the file (line → number)").isEqualTo(boxes);
        for (Plan.KeyProject p : plan.keyProjects()) {
            assertThat(p.targets()).as("targets of " + p.code()).isNotEmpty();
        }
    }

    @Test
    void everyNumberedTargetOfTheTasksIsATargetOfTheFile() {
        Map<Integer, Integer> boxes = boxes();
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (int n = tasksFrom; n < tasksTo; n++) {
            Matcher m = NUMBERED.matcher(line(n));
            while (m.find()) {
                found++;
                String token = normal(m.group());
                String key = n + ":" + token;
                if (MAIN_INDICATOR_REPEATS.containsKey(key)) {
                    Plan.Indicator i = plan.indicator(MAIN_INDICATOR_REPEATS.get(key)).orElseThrow();
                    assertThat(i.main()).isTrue();
                    assertThat(i.target()).as(key).isEqualTo(Double.parseDouble(token.replaceAll("[^0-9.]", "")));
                    continue;
                }
                int line = n;
                int box = boxOf(n, boxes);
                String project = box == 0 ? null : plan.keyProjects().stream().filter(p -> p.sourceLine() == box)
                        .map(Plan.KeyProject::code).findFirst().orElse(null);
                boolean covered = plan.targets().stream().anyMatch(t -> normal(t.textZh()).contains(token)
                        && (t.sourceLine() == line || (project != null && project.equals(t.keyProject()))));
                if (!covered) {
                    missing.add(key + "  " + line(n).substring(Math.max(0, m.start() - 20), Math.min(line(n).length(), m.end() + 10)));
                }
            }
        }
        assertThat(found).as("numbered targets read from the plan text").isGreaterThan(40);
        assertThat(missing).as("numbered targets of the plan text not in the plan file").isEmpty();
    }

    @Test
    void everyTargetOfTheFileQuotesTheLineItCites() {
        List<String> wrong = new ArrayList<>();
        for (Plan.Target t : plan.targets()) {
            if (t.sourceLine() < tasksFrom || t.sourceLine() >= tasksTo) {
                wrong.add(t.code() + ": line " + t.sourceLine() + " is outside 三、重点任务");
            } else if (!normal(line(t.sourceLine())).contains(normal(t.textZh()))) {
                wrong.add(t.code() + " (line " + t.sourceLine() + "): " + t.textZh());
            }
        }
        assertThat(wrong).as("targets whose text is not on the line they cite").isEmpty();
    }

    @Test
    void everyTargetBelongsToTheKeyProjectThatListsIt() {
        for (Plan.KeyProject p : plan.keyProjects()) {
            for (String code : p.targets()) {
                Plan.Target t = plan.targets().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
                assertThat(t.keyProject()).as(code).isEqualTo(p.code());
            }
        }
        for (Plan.Target t : plan.targets()) {
            if (t.keyProject() != null) {
                Plan.KeyProject p = plan.keyProjects().stream().filter(x -> x.code().equals(t.keyProject())).findFirst()
                        .orElseThrow();
                assertThat(p.targets()).as("targets listed by " + p.code()).contains(t.code());
            }
        }
    }
}
