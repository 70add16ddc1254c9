package org.edubrain.core.democity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.edubrain.core.democity.Calibration.District;
import org.edubrain.core.democity.Inst.Title;
import org.edubrain.core.registry.Ownership;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Stage;

/**
 * Plans the demo city's institutions from the demand its population implies: as many
 * kindergartens, schools and colleges per district as the children of the right ages need at
 * the sizes usual for urban and rural districts, plus the ones the plan says will open (50 new
 * public kindergartens, 2 higher vocational colleges) or close (secondary vocational schools down
 * to about 50).
 */
final class InstitutionPlanner {

    /** A functional zone (功能区): a second classification of institutions beside the districts. */
    record Zone(String code, String nameZh, String nameEn, double areaKm2) {
    }

    /** An education group (教育集团). */
    record Group(int id, String nameZh, int formedYear, int leadInstitution) {
    }

    static final List<Zone> ZONES = List.of(
            new Zone("FZ01", "金普新区", "Jinpu New Area", 0),
            new Zone("FZ02", "大连高新技术产业园区", "Dalian Hi-tech Industrial Zone", 153),
            new Zone("FZ03", "长兴岛经济区", "Changxing Island Economic Zone", 0),
            new Zone("FZ04", "花园口经济区", "Huayuankou Economic Zone", 0));

    private static final String[] KG_BRANDS = {"启明", "育才", "博文", "小天使", "蓝天", "阳光", "金色童年", "贝尔",
        "童心", "智慧树", "春苗", "七色花", "新星", "爱弥儿", "小太阳"};
    private static final String[] CN_NUMBERS = {"", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"};

    final List<Inst> institutions = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    private final List<District> districts;
    private final PopulationModel population;
    private final double scale;
    private final SplittableRandom random;
    private final Map<String, List<String>> streets;
    private final Map<String, Integer> nameUse = new HashMap<>();
    private final int[] sequencePerDistrict;
    private final Map<String, Integer> englishNumbers = new HashMap<>();

    InstitutionPlanner(List<District> districts, PopulationModel population, double scale, long seed) {
        this.districts = districts;
        this.population = population;
        this.scale = scale;
        this.random = new SplittableRandom(seed ^ 0x1A57_17B7L);
        this.streets = readStreets();
        this.sequencePerDistrict = new int[districts.size()];
        for (District d : districts) {
            planDistrict(d);
        }
        planCityWide();
        assignZonesAndMoves();
        awardTitles();
        formGroups();
    }

    private static Map<String, List<String>> readStreets() {
        try (InputStream in = InstitutionPlanner.class.getResourceAsStream("dalian-streets.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> out = new HashMap<>();
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", 2);
                out.put(f[0], List.of(f[1].trim().split(" +")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int scaled(double countAtScale1, int min) {
        return Math.max(min, (int) Math.round(countAtScale1 * scale));
    }

    private void planDistrict(District d) {
        boolean urban = d.urban();
        int di = d.index();
        // demand in 2020 at this scale
        double kg = population.count(di, 2020, 3, 5) * 0.91;
        double primary = population.count(di, 2020, 6, 11);
        double junior = population.count(di, 2020, 12, 14);
        double senior = population.count(di, 2020, 15, 17) * 0.58;

        double publicKg = kg * 0.48;
        int publicKgs = Math.max(1, (int) Math.ceil(publicKg / (urban ? 300 : 190)));
        int privateKgs = Math.max(1, (int) Math.ceil((kg - publicKg) / (urban ? 240 : 170)));
        int ninePartPupils = urban ? 600 : 380;
        int nineYear = Math.max(1, (int) Math.round(primary * 0.22 / ninePartPupils));
        int primarySchools = Math.max(1, (int) Math.ceil(primary * 0.78 / (urban ? 1200 : 650)));
        int juniorSchools = Math.max(1, (int) Math.ceil(junior * 0.68 / (urban ? 1150 : 700)));
        int complete = urban ? scaled(2, 1) : d.population() > 500_000 ? scaled(1, 1) : 0;
        int seniorSchools = Math.max(1, (int) Math.ceil(senior / (urban ? 1800 : 1500)) - complete);
        int teachingPoints = urban ? 0 : scaled(4, 0);

        for (int i = 0; i < publicKgs; i++) {
            Ownership o = i % 9 == 4 ? Ownership.PUBLIC_INSTITUTION : i % 13 == 6 ? Ownership.STATE_ENTERPRISE
                    : i % 17 == 8 ? Ownership.COLLECTIVE : i % 23 == 11 ? Ownership.ARMY
                    : i % 7 == 3 ? Ownership.OTHER_DEPARTMENT : Ownership.EDUCATION_DEPARTMENT;
            add(d, SchoolType.KINDERGARTEN, o, "幼儿园", "Kindergarten", 0.6 + random.nextDouble() * 0.8);
        }
        for (int i = 0; i < privateKgs; i++) {
            Inst k = add(d, SchoolType.KINDERGARTEN, Ownership.PRIVATE, "幼儿园", "Private Kindergarten",
                    0.5 + random.nextDouble() * 0.9);
            // 202 inclusive private kindergartens were recognised by 2020 (plan §一(一)2)
            k.inclusive = random.nextDouble() < 0.42;
            if (!k.inclusive && random.nextDouble() < 0.16) {
                // the birth decline closes private kindergartens: no intake from 2022–2024
                k.intakeStopsYear = 2022 + random.nextInt(3);
            }
        }
        // new public kindergartens 2021–2025 (重点项目: 50+ new public kindergartens), most in the growing districts
        double newShare = new double[] {0.03, 0.02, 0.08, 0.34, 0.08, 0.27, 0.05, 0.01, 0.06, 0.06}[di];
        int newKgs = (int) Math.round(50 * scale * newShare + (di == 3 || di == 5 ? 0.5 : 0));
        for (int i = 0; i < newKgs; i++) {
            Inst k = add(d, SchoolType.KINDERGARTEN, Ownership.EDUCATION_DEPARTMENT, "幼儿园", "Kindergarten",
                    0.8 + random.nextDouble() * 0.5);
            k.openedYear = 2021 + (i % 5);
            k.openedDay = (int) LocalDate.of(k.openedYear, 9, 1).toEpochDay();
        }
        for (int i = 0; i < primarySchools; i++) {
            Inst p = add(d, SchoolType.PRIMARY, Ownership.EDUCATION_DEPARTMENT, "小学", "Primary School",
                    0.6 + random.nextDouble() * 0.8);
            p.crowded = urban && random.nextDouble() < 0.12 && !SupervisionProfile.exemplary(p.district);
        }
        for (int i = 0; i < teachingPoints; i++) {
            add(d, SchoolType.PRIMARY_TEACHING_POINT, Ownership.EDUCATION_DEPARTMENT, "小学教学点", "Teaching Point",
                    0.05 + random.nextDouble() * 0.05);
        }
        for (int i = 0; i < nineYear; i++) {
            add(d, SchoolType.NINE_YEAR, i % 11 == 5 ? Ownership.PRIVATE : Ownership.EDUCATION_DEPARTMENT,
                    "学校", "Nine-year School", 0.5 + random.nextDouble() * 0.6);
        }
        for (int i = 0; i < juniorSchools; i++) {
            add(d, SchoolType.JUNIOR, i % 9 == 4 ? Ownership.PRIVATE : Ownership.EDUCATION_DEPARTMENT,
                    "中学", "Junior Secondary School", 0.6 + random.nextDouble() * 0.8);
        }
        for (int i = 0; i < complete; i++) {
            add(d, SchoolType.COMPLETE_SECONDARY, Ownership.EDUCATION_DEPARTMENT, "中学", "Secondary School",
                    0.9 + random.nextDouble() * 0.4);
        }
        for (int i = 0; i < seniorSchools; i++) {
            add(d, SchoolType.SENIOR, i % 8 == 5 ? Ownership.PRIVATE : Ownership.EDUCATION_DEPARTMENT,
                    "高级中学", "Senior High School", 0.7 + random.nextDouble() * 0.6);
        }
        if (di == 3 || di == 5) {
            add(d, SchoolType.TWELVE_YEAR, Ownership.PRIVATE, "外国语学校", "Foreign Language School", 0.7);
        }
        add(d, SchoolType.SPECIAL, Ownership.EDUCATION_DEPARTMENT, "特殊教育学校", "Special Education School", 1.0);
        int community = scaled(Math.round(d.population() / 150_000.0) + 1, 1);
        for (int i = 0; i < community; i++) {
            add(d, SchoolType.COMMUNITY_SCHOOL, Ownership.EDUCATION_DEPARTMENT, "社区学校", "Community School", 1);
        }
        int elderly = scaled(1 + d.population() / 500_000, 1);
        for (int i = 0; i < elderly; i++) {
            add(d, SchoolType.ELDERLY_SCHOOL, Ownership.PUBLIC_INSTITUTION, "老年学校", "Elderly School", 1);
        }
    }

    private void planCityWide() {
        // two city-level special schools (盲聋 and 培智) in 沙河口区 and 甘井子区
        add(districts.get(2), SchoolType.SPECIAL, Ownership.EDUCATION_DEPARTMENT, "盲聋学校", "School for the Blind and Deaf", 1.6);
        add(districts.get(3), SchoolType.SPECIAL, Ownership.EDUCATION_DEPARTMENT, "启智学校", "School for Intellectual Disability", 1.4);
        // secondary vocational: about 58 in 2020, down to about 50 by 2025 (plan §三(四))
        double[] vocShare = {0.10, 0.07, 0.12, 0.20, 0.06, 0.16, 0.08, 0.02, 0.10, 0.09};
        int[] voc = org.edubrain.core.shared.Quota.allocate(Math.max(3, Math.round(58 * scale)), vocShare);
        int closing = (int) Math.round(8 * scale);
        for (District d : districts) {
            for (int i = 0; i < voc[d.index()]; i++) {
                Inst v = add(d, i % 6 == 5 ? SchoolType.VOCATIONAL_TRAINING : SchoolType.SECONDARY_VOCATIONAL,
                        i % 5 == 4 ? Ownership.PRIVATE : Ownership.EDUCATION_DEPARTMENT, "职业技术学校",
                        "Vocational School", 0.6 + random.nextDouble() * 0.8);
                if (closing > 0 && v.weight < 0.9 && d.index() != 3) {
                    // merged into larger schools: no intake from 2021–2023
                    v.intakeStopsYear = 2021 + (closing % 3);
                    closing--;
                }
            }
        }
        int[] hvDistricts = {3, 5, 4, 2, 3, 5, 8, 9};
        int hv = Math.max(1, (int) Math.round(8 * scale));
        for (int i = 0; i < hv; i++) {
            add(districts.get(hvDistricts[i % hvDistricts.length]), SchoolType.HIGHER_VOCATIONAL,
                    i % 4 == 3 ? Ownership.PRIVATE : Ownership.PUBLIC_INSTITUTION, "职业技术学院",
                    "Vocational and Technical College", 0.7 + random.nextDouble() * 0.6);
        }
        // two new higher vocational colleges (plan §三(四)): 2023 and 2025
        int newHv = Math.max(scale >= 0.25 ? 1 : 0, (int) Math.round(2 * scale));
        for (int i = 0; i < newHv; i++) {
            Inst c = add(districts.get(i % 2 == 0 ? 5 : 3), SchoolType.HIGHER_VOCATIONAL,
                    Ownership.PUBLIC_INSTITUTION, "职业技术学院", "Vocational and Technical College", 0.8);
            c.openedYear = i % 2 == 0 ? 2023 : 2025;
            c.openedDay = (int) LocalDate.of(c.openedYear, 9, 1).toEpochDay();
        }
        int[] uniDistricts = {3, 3, 4, 5, 3, 2, 4, 3, 5, 0, 3, 4, 5, 1, 3, 4, 3, 5, 2, 3, 4, 3};
        int unis = Math.max(1, (int) Math.round(22 * scale));
        for (int i = 0; i < unis; i++) {
            add(districts.get(uniDistricts[i % uniDistricts.length]), i % 3 == 0 ? SchoolType.UNIVERSITY : SchoolType.COLLEGE,
                    i % 5 == 4 ? Ownership.PRIVATE : Ownership.PUBLIC_INSTITUTION, i % 3 == 0 ? "大学" : "学院",
                    i % 3 == 0 ? "University" : "College", 0.5 + random.nextDouble());
        }
    }

    private Inst add(District d, SchoolType type, Ownership ownership, String suffixZh, String suffixEn, double weight) {
        List<String> st = streets.get(d.code());
        String street = st.get(random.nextInt(st.size()));
        String districtShort = d.nameZh();
        String base;
        if (type == SchoolType.KINDERGARTEN && ownership == Ownership.PRIVATE) {
            base = districtShort + street + KG_BRANDS[random.nextInt(KG_BRANDS.length)];
        } else if (type == SchoolType.UNIVERSITY || type == SchoolType.COLLEGE || type == SchoolType.HIGHER_VOCATIONAL
                || type == SchoolType.SECONDARY_VOCATIONAL || type == SchoolType.VOCATIONAL_TRAINING) {
            String[] fields = {"海事", "理工", "医科", "财经", "外国语", "交通", "轻工", "建筑", "信息", "航运", "化工", "艺术",
                "师范", "农业", "机电", "商贸", "旅游", "软件", "装备制造", "电子"};
            base = "大连" + fields[random.nextInt(fields.length)];
        } else if (type == SchoolType.SPECIAL && suffixZh.length() > 4) {
            base = "大连市";
        } else {
            base = districtShort + street;
        }
        String nameZh = uniqueName(base, suffixZh);
        String key = d.code() + suffixEn;
        int number = englishNumbers.merge(key, 1, Integer::sum);
        String nameEn = d.nameEn().replace(" District", "").replace(" County", "").replace(" City", "") + " "
                + suffixEn + " No. " + number;
        int id = institutions.size() + 1;
        String code = d.code() + String.format("%04d", ++sequencePerDistrict[d.index()]);
        Inst inst = new Inst(id, code, nameZh, nameEn, type, ownership, d.index(), street, d.urban());
        inst.weight = weight;
        inst.openedYear = 1900;
        inst.openedDay = (int) LocalDate.of(1950 + random.nextInt(66), 9, 1).toEpochDay();
        institutions.add(inst);
        return inst;
    }

    private String uniqueName(String base, String suffix) {
        int n = nameUse.merge(base + suffix, 1, Integer::sum);
        if (n <= CN_NUMBERS.length) {
            return base + CN_NUMBERS[n - 1] + suffix;
        }
        return base + "第" + n + suffix;
    }

    private void assignZonesAndMoves() {
        for (Inst i : institutions) {
            String code = districts.get(i.district).code();
            if (code.equals("210213")) {
                i.zone = 0;
            } else if (i.street.equals("凌水") || i.street.equals("七贤岭") || i.street.equals("龙王塘")) {
                i.zone = 1;
            } else if (i.street.equals("长兴岛") || i.street.equals("交流岛")) {
                i.zone = 2;
            } else if (i.street.equals("花园口")) {
                i.zone = 3;
            }
        }
        // a boundary adjustment: two primary schools of 甘井子区 belong to 旅顺口区 from 2023, those of the
        // streets next to the boundary (营城子, 革镇堡) if there are any
        List<Inst> candidates = new ArrayList<>(institutions.stream()
                .filter(i -> i.district == 3 && i.type == SchoolType.PRIMARY).toList());
        candidates.sort(Comparator.comparingInt((Inst i) -> i.street.equals("营城子") || i.street.equals("革镇堡") ? 0 : 1)
                .thenComparingInt(i -> i.id));
        for (Inst i : candidates.subList(0, Math.min(2, candidates.size()))) {
            i.movedToDistrict = 4;
            i.movedYear = 2023;
        }
    }

    private void awardTitles() {
        // provincial model high schools: the larger general high schools, 55.54% of students in 2020 (plan §一(一))
        List<Inst> seniors = new ArrayList<>(institutions.stream().filter(i -> i.teaches(Stage.SENIOR)).toList());
        seniors.sort(Comparator.comparingDouble((Inst i) -> -i.weight).thenComparingInt(i -> i.id));
        double total = seniors.stream().mapToDouble(i -> i.weight).sum();
        double acc = 0;
        int newModels = 0;
        int characteristic = 0;
        for (Inst s : seniors) {
            if (acc < total * 0.53) {
                s.titles.add(new Title("model_high_school", "provincial", 2005 + s.id % 15));
                acc += s.weight;
            } else if (newModels < 2) {
                s.titles.add(new Title("model_high_school", "provincial", 2023 + newModels));
                newModels++;
            } else if (characteristic < 3 + Math.round(4 * scale)) {
                s.titles.add(new Title("characteristic_high_school", "provincial", characteristic < 3 ? 2019 : 2022 + characteristic % 3));
                characteristic++;
            }
        }
        int labour = 0;
        for (Inst i : institutions) {
            boolean compulsory = i.teaches(Stage.PRIMARY) || i.teaches(Stage.JUNIOR);
            if (i.type == SchoolType.KINDERGARTEN && i.ownership.isPublic() && random.nextDouble() < 0.16) {
                i.titles.add(new Title("demonstration_kindergarten", random.nextDouble() < 0.3 ? "provincial" : "city",
                        2008 + random.nextInt(12)));
            }
            if (compulsory && i.type != SchoolType.SPECIAL && i.type != SchoolType.PRIMARY_TEACHING_POINT) {
                if (random.nextDouble() < 0.42) {
                    i.titles.add(new Title("standardised_management", "city", 2014 + random.nextInt(7)));
                }
                if (random.nextDouble() < 0.22) {
                    i.titles.add(new Title("campus_football", "national", 2015 + random.nextInt(10)));
                }
                if (labour < Math.round(50 * scale) && random.nextDouble() < 0.12) {
                    i.titles.add(new Title("labour_education_model", "city", 2021 + labour % 5));
                    labour++;
                }
            }
        }
    }

    private void formGroups() {
        // 95 compulsory-education groups with 384 member schools by 2020 (plan §一(一)); more from 2021
        for (District d : districts) {
            List<Inst> schools = institutions.stream()
                    .filter(i -> i.district == d.index() && (i.type == SchoolType.PRIMARY || i.type == SchoolType.JUNIOR
                            || i.type == SchoolType.NINE_YEAR))
                    .sorted(Comparator.comparingDouble((Inst i) -> -i.weight).thenComparingInt(i -> i.id))
                    .toList();
            int groupCount = (int) Math.round(schools.size() * 0.135);
            for (int g = 0; g < groupCount; g++) {
                Inst lead = schools.get(g);
                int id = groups.size() + 1;
                int formed = 2016 + (g * 7 + d.index()) % 9;
                groups.add(new Group(id, lead.nameZh.replace("小学", "").replace("中学", "").replace("学校", "")
                        + "教育集团", formed, lead.id));
                lead.groupId = id;
                for (int m = groupCount + g; m < schools.size(); m += groupCount) {
                    if (random.nextDouble() < 0.55) {
                        schools.get(m).groupId = id;
                    }
                }
            }
        }
    }
}
