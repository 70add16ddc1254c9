package org.edubrain.core.democity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.democity.Calibration.District;
import org.edubrain.core.democity.InstitutionPlanner.Group;
import org.edubrain.core.democity.InstitutionPlanner.Zone;
import org.edubrain.core.democity.RecordSink.TableWriter;
import org.edubrain.core.fitness.FitnessItem;
import org.edubrain.core.fitness.FitnessScore;
import org.edubrain.core.fitness.FitnessScorer;
import org.edubrain.core.fitness.Measure;
import org.edubrain.core.fitness.TestGrade;
import org.edubrain.core.registry.BackboneLevel;
import org.edubrain.core.registry.Degree;
import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.Destination;
import org.edubrain.core.registry.DisabilityCategory;
import org.edubrain.core.registry.EnrolmentStatus;
import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.HukouType;
import org.edubrain.core.registry.IdNumber;
import org.edubrain.core.registry.Post;
import org.edubrain.core.registry.Sex;
import org.edubrain.core.registry.Stage;
import org.edubrain.core.registry.Subject;
import org.edubrain.core.registry.TeacherCertificate;

/**
 * A generated demo city: every record of its registry, ready to be written to a {@link RecordSink}.
 * Made by {@link DemoCityGenerator}; the same scale and seed always give the same records.
 */
public final class DemoCity {

    /** The version of the generator; a data set records it, so that a changed generator is noticed. */
    public static final String GENERATOR_VERSION = "1";

    /** Population source ids. */
    static final int SOURCE_RESIDENT = 1;
    static final int SOURCE_DISABLED = 2;

    private final double scale;
    private final long seed;
    private final List<District> districts;
    private final PopulationModel population;
    private final InstitutionPlanner plan;
    private final CitySimulation simulation;
    private final Classes classes;
    private final Staffing staffing;
    private final FitnessTesting fitness;
    private final DisabilityRegister register;
    private final UniversityReturns returns;
    private final Facilities facilities;
    private final ExamTesting exams;

    DemoCity(double scale, long seed, List<District> districts, PopulationModel population, InstitutionPlanner plan,
            CitySimulation simulation, Classes classes, Staffing staffing, FitnessTesting fitness,
            DisabilityRegister register, UniversityReturns returns, Facilities facilities, ExamTesting exams) {
        this.scale = scale;
        this.seed = seed;
        this.districts = districts;
        this.population = population;
        this.plan = plan;
        this.simulation = simulation;
        this.classes = classes;
        this.staffing = staffing;
        this.fitness = fitness;
        this.register = register;
        this.returns = returns;
        this.facilities = facilities;
        this.exams = exams;
    }

    public double scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    /** Rows per table, in the order they are written. */
    public Map<DemoTable, Long> counts() {
        Map<DemoTable, Long> m = new LinkedHashMap<>();
        m.put(DemoTable.ORG_UNIT, (long) orgUnitCount());
        m.put(DemoTable.INSTITUTION, (long) plan.institutions.size());
        m.put(DemoTable.LEARNER, (long) simulation.learners.size);
        m.put(DemoTable.ENROLMENT, (long) simulation.rows.size);
        m.put(DemoTable.SCHOOL_CLASS, (long) classes.size.size());
        m.put(DemoTable.TEACHER, (long) staffing.teachers);
        m.put(DemoTable.TEACHER_ASSIGNMENT, (long) staffing.aYear.size());
        m.put(DemoTable.FITNESS_RESULT, (long) fitness.row.size());
        m.put(DemoTable.EXAM_RESULT, (long) exams.row.size());
        m.put(DemoTable.FACILITY, (long) facilities.year.size());
        m.put(DemoTable.GRADUATE_RETURN, (long) returns.lines.size());
        return m;
    }

    /** Rows of the largest tables together (learner identities count once more, beside the learners). */
    public long totalRows() {
        return counts().values().stream().mapToLong(Long::longValue).sum() + simulation.learners.size;
    }

    private int orgUnitCount() {
        return 1 + districts.size() + 1 + InstitutionPlanner.ZONES.size();
    }

    // ---------------------------------------------------------------- ids of org units

    private static final int CITY_ID = 1;

    private int districtId(int d) {
        return 2 + d;
    }

    /** 普兰店市 (210282) became 普兰店区 (210214) on 2015-10-13. */
    private int oldPulandianId() {
        return 2 + districts.size();
    }

    private int zoneId(int z) {
        return 3 + districts.size() + z;
    }

    private static final int PULANDIAN_CHANGE = (int) LocalDate.of(2015, 10, 13).toEpochDay();
    private static final int[] ZONE_FROM = {
        (int) LocalDate.of(2014, 6, 23).toEpochDay(), (int) LocalDate.of(1991, 3, 6).toEpochDay(),
        (int) LocalDate.of(2010, 4, 1).toEpochDay(), (int) LocalDate.of(2010, 4, 1).toEpochDay()};

    // ---------------------------------------------------------------- writing

    /** Writes every table to the sink, referenced rows first. */
    public void writeTo(RecordSink sink) throws IOException {
        writeOrgUnits(sink);
        writeInstitutions(sink);
        writePopulation(sink);
        writeLearners(sink);
        writeClasses(sink);
        writeEnrolments(sink);
        writeTeachers(sink);
        writeFacilities(sink);
        writeFitness(sink);
        writeExams(sink);
        writeReturns(sink);
    }

    private void writeOrgUnits(RecordSink sink) throws IOException {
        writeHierarchy(sink, districts);
    }

    /**
     * Writes the city's org units (the city, its ten county-level units with GB/T 2260 codes, the
     * former 普兰店市 and the four functional zones) and their effective-dated hierarchy. These are
     * real, not synthetic: a deployment for Dalian loads them whether or not it loads the demo city.
     */
    static void writeHierarchy(RecordSink sink, List<District> districts) throws IOException {
        int pulandianDistrict = -1;
        for (District d : districts) {
            if (d.code().equals("210214")) {
                pulandianDistrict = d.index();
            }
        }
        int oldPulandian = 2 + districts.size();
        try (TableWriter w = sink.open(DemoTable.ORG_UNIT)) {
            w.integer(CITY_ID).text(Calibration.CITY_CODE).text(Calibration.CITY_NAME_ZH).text(Calibration.CITY_NAME_EN)
                    .text("city").text("administrative").decimal(Calibration.CITY_AREA_KM2, 1).endRow();
            for (District d : districts) {
                w.integer(2 + d.index()).text(d.code()).text(d.nameZh()).text(d.nameEn()).text(d.kind())
                        .text("administrative").decimal(d.areaKm2(), 1).endRow();
            }
            w.integer(oldPulandian).text("210282").text("普兰店市").text("Pulandian City (until 2015)")
                    .text("county_level_city").text("administrative").nul().endRow();
            for (int z = 0; z < InstitutionPlanner.ZONES.size(); z++) {
                Zone zone = InstitutionPlanner.ZONES.get(z);
                w.integer(3 + districts.size() + z).text(zone.code()).text(zone.nameZh()).text(zone.nameEn())
                        .text("functional_zone").text("functional");
                if (zone.areaKm2() > 0) {
                    w.decimal(zone.areaKm2(), 1);
                } else {
                    w.nul();
                }
                w.endRow();
            }
        }
        int epoch2000 = (int) LocalDate.of(2000, 1, 1).toEpochDay();
        try (TableWriter w = sink.open(DemoTable.ORG_UNIT_PARENT)) {
            for (District d : districts) {
                w.integer(2 + d.index()).integer(CITY_ID)
                        .date(d.index() == pulandianDistrict ? PULANDIAN_CHANGE : epoch2000).nul().endRow();
            }
            w.integer(oldPulandian).integer(CITY_ID).date(epoch2000).date(PULANDIAN_CHANGE).endRow();
            for (int z = 0; z < InstitutionPlanner.ZONES.size(); z++) {
                w.integer(3 + districts.size() + z).integer(CITY_ID).date(ZONE_FROM[z]).nul().endRow();
            }
        }
    }

    private int districtIndex(String code) {
        for (District d : districts) {
            if (d.code().equals(code)) {
                return d.index();
            }
        }
        throw new IllegalStateException(code);
    }

    private void writeInstitutions(RecordSink sink) throws IOException {
        int[] lastYear = new int[plan.institutions.size()];
        Rows rows = simulation.rows;
        for (int r = 0; r < rows.size; r++) {
            lastYear[rows.institution[r]] = Math.max(lastYear[rows.institution[r]], rows.year[r]);
        }
        for (Inst i : plan.institutions) {
            if (i.intakeStopsYear != 0 && lastYear[i.id - 1] < CitySimulation.LAST_YEAR) {
                i.closedDay = (int) LocalDate.of(Math.max(i.intakeStopsYear, lastYear[i.id - 1] + 1), 8, 31).toEpochDay();
            }
        }
        try (TableWriter w = sink.open(DemoTable.EDUCATION_GROUP)) {
            for (Group g : plan.groups) {
                w.integer(g.id()).text(g.nameZh()).integer(g.formedYear()).endRow();
            }
        }
        try (TableWriter w = sink.open(DemoTable.INSTITUTION)) {
            for (Inst i : plan.institutions) {
                w.integer(i.id).text(i.code).text(i.nameZh).text(i.nameEn).text(i.type.code()).text(i.ownership.code())
                        .bool(i.inclusive).bool(i.urban).text(i.street).date(i.openedDay);
                if (i.closedDay != 0) {
                    w.date(i.closedDay);
                } else {
                    w.nul();
                }
                if (i.groupId != 0) {
                    w.integer(i.groupId);
                } else {
                    w.nul();
                }
                w.endRow();
            }
        }
        int pulandian = districtIndex("210214");
        try (TableWriter w = sink.open(DemoTable.INSTITUTION_MEMBERSHIP)) {
            for (Inst i : plan.institutions) {
                int from = i.openedDay;
                int to = i.closedDay;
                if (i.district == pulandian && from < PULANDIAN_CHANGE) {
                    membership(w, i.id, oldPulandianId(), from, PULANDIAN_CHANGE);
                    from = PULANDIAN_CHANGE;
                }
                if (i.movedToDistrict >= 0) {
                    int move = (int) LocalDate.of(i.movedYear, 1, 1).toEpochDay();
                    membership(w, i.id, districtId(i.district), from, move);
                    membership(w, i.id, districtId(i.movedToDistrict), move, to);
                } else {
                    membership(w, i.id, districtId(i.district), from, to);
                }
                if (i.zone >= 0) {
                    membership(w, i.id, zoneId(i.zone), Math.max(i.openedDay, ZONE_FROM[i.zone]), to);
                }
            }
        }
        try (TableWriter w = sink.open(DemoTable.INSTITUTION_TITLE)) {
            for (Inst i : plan.institutions) {
                for (Inst.Title t : i.titles) {
                    w.integer(i.id).text(t.code()).text(t.level()).integer(t.awardedYear()).endRow();
                }
            }
        }
    }

    private static void membership(TableWriter w, int institution, int orgUnit, int from, int to) throws IOException {
        w.integer(institution).integer(orgUnit).date(from);
        if (to != 0) {
            w.date(to);
        } else {
            w.nul();
        }
        w.endRow();
    }

    private void writePopulation(RecordSink sink) throws IOException {
        try (TableWriter w = sink.open(DemoTable.POPULATION_SOURCE)) {
            w.integer(SOURCE_RESIDENT).text("常住人口（七普分年龄推算）").text("demo-" + GENERATOR_VERSION)
                    .text("Resident population by single year of age: 2020 census (七普) county age groups split evenly "
                            + "into single years, projected to 2021–2025 by a cohort-component model (demo city)")
                    .endRow();
            w.integer(SOURCE_DISABLED).text("残疾儿童登记（残联）").text("demo-" + GENERATOR_VERSION)
                    .text("Disabled children aged 6–15 on the disabled persons' federation register (demo city)")
                    .endRow();
        }
        try (TableWriter w = sink.open(DemoTable.POPULATION_ESTIMATE)) {
            for (District d : districts) {
                for (int y = 2020; y <= PopulationModel.LAST_YEAR; y++) {
                    for (int s = 0; s < 2; s++) {
                        for (int a = 0; a <= PopulationModel.MAX_AGE; a++) {
                            w.integer(SOURCE_RESIDENT).integer(districtId(d.index())).integer(y).integer(a)
                                    .text(Sex.values()[s].code()).text("resident")
                                    .integer(population.cell(d.index(), y, s, a)).endRow();
                        }
                    }
                }
            }
            for (District d : districts) {
                for (int y = DisabilityRegister.FIRST_YEAR; y <= CitySimulation.LAST_YEAR; y++) {
                    for (int s = 0; s < 2; s++) {
                        for (int a = DisabilityRegister.MIN_AGE; a <= DisabilityRegister.MAX_AGE; a++) {
                            w.integer(SOURCE_DISABLED).integer(districtId(d.index())).integer(y).integer(a)
                                    .text(Sex.values()[s].code()).text("disabled_register")
                                    .integer(register.register[d.index()][y - DisabilityRegister.FIRST_YEAR][s]
                                            [a - DisabilityRegister.MIN_AGE])
                                    .endRow();
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- learners and their identity

    /** A pseudonymous key: a keyed 40-bit permutation of the id, in Crockford base 32. */
    static String pseudonym(char prefix, long index, long seed) {
        long left = (index >>> 20) & 0xFFFFF;
        long right = index & 0xFFFFF;
        for (int round = 0; round < 4; round++) {
            long f = Hashing.mix(seed + round, right) & 0xFFFFF;
            long nl = right;
            right = left ^ f;
            left = nl;
        }
        long v = (left << 20) | right;
        char[] out = new char[9];
        out[0] = prefix;
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int i = 8; i >= 1; i--) {
            out[i] = alphabet.charAt((int) (v & 31));
            v >>>= 5;
        }
        return new String(out);
    }

    private static final String[] PROVINCE_CODES = {"210102", "210103", "210302", "210402", "210502", "210602", "210702",
        "210802", "210902", "211002", "211102", "211202", "211302", "211402"};
    private static final String[] OTHER_PROVINCE_CODES = {"230102", "230103", "220102", "220104", "370202", "370102",
        "410105", "130102", "150102", "140105", "340104", "510104", "320102", "130602", "232301", "222401"};

    private void writeLearners(RecordSink sink) throws IOException {
        Learners l = simulation.learners;
        DisabilityCategory[] categories = DisabilityCategory.values();
        HukouType[] hukou = HukouType.values();
        try (TableWriter w = sink.open(DemoTable.LEARNER)) {
            for (int i = 0; i < l.size; i++) {
                w.integer(i + 1).text(pseudonym('L', i, seed)).text(Sex.values()[l.sex[i]].code()).date(l.birthDay[i]);
                if (l.disability[i] != 0) {
                    w.text(categories[l.disability[i] - 1].code());
                } else {
                    w.nul();
                }
                w.text(hukou[l.hukou[i]].code()).endRow();
            }
        }
        // ID numbers: address code, birth date and a sequence unique among those sharing both (GB 11643)
        String[] address = new String[l.size];
        long[] keys = new long[l.size];
        for (int i = 0; i < l.size; i++) {
            int inst = Math.max(0, l.institution[i]);
            address[i] = switch (hukou[l.hukou[i]]) {
                case LOCAL -> districts.get(plan.institutions.get(inst).district).code();
                case PROVINCE -> PROVINCE_CODES[(int) (Hashing.mix(seed, i) & 0x7FFF) % PROVINCE_CODES.length];
                case OTHER_PROVINCE -> OTHER_PROVINCE_CODES[(int) (Hashing.mix(seed, i) & 0x7FFF) % OTHER_PROVINCE_CODES.length];
                case NONE -> null;
            };
            long a = address[i] == null ? 0 : Long.parseLong(address[i]) - 100000;
            keys[i] = ((a << 17 | (l.birthDay[i] + 40000L)) << 1 | l.sex[i]) << 24 | i;
        }
        // sort by (address, birth day, sex) to number the sequences
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int[] sequence = new int[l.size];
        long previous = -1;
        int run = 0;
        for (long k : sorted) {
            long group = k >>> 24;
            run = group == previous ? run + 1 : 0;
            previous = group;
            int i = (int) (k & 0xFFFFFF);
            // odd sequences for men, even for women
            sequence[i] = l.sex[i] == 0 ? 2 * run + 1 : 2 * run + 2;
        }
        try (TableWriter w = sink.open(DemoTable.LEARNER_IDENTITY)) {
            for (int i = 0; i < l.size; i++) {
                w.integer(i + 1);
                if (address[i] == null || sequence[i] > 999) {
                    w.text("L" + pseudonym('0', i, seed ^ 0x1D).substring(1) + String.format("%09d", i % 1_000_000_000))
                            .nul();
                } else {
                    String id = IdNumber.compose(address[i], LocalDate.ofEpochDay(l.birthDay[i]), sequence[i]);
                    w.text("G" + id).text(id);
                }
                w.endRow();
            }
        }
    }

    private void writeClasses(RecordSink sink) throws IOException {
        Grade[] grades = Grade.values();
        try (TableWriter w = sink.open(DemoTable.SCHOOL_CLASS)) {
            for (int c = 0; c < classes.size.size(); c++) {
                Grade g = grades[classes.grade.get(c)];
                w.integer(c + 1).integer(classes.institution.get(c) + 1).integer(classes.year.get(c)).text(g.code())
                        .text(Classes.name(g, classes.number.get(c))).text(classes.special.get(c) == 1 ? "special" : "regular")
                        .integer(classes.size.get(c)).endRow();
            }
        }
    }

    private void writeEnrolments(RecordSink sink) throws IOException {
        Rows r = simulation.rows;
        Grade[] grades = Grade.values();
        EnrolmentStatus[] statuses = EnrolmentStatus.values();
        Destination[] destinations = Destination.values();
        Delivery[] deliveries = Delivery.values();
        Learners l = simulation.learners;
        int[] ageBase = censusAgeBase(l);
        DisabilityCategory[] categories = DisabilityCategory.values();
        Sex[] sexes = Sex.values();
        try (TableWriter w = sink.open(DemoTable.ENROLMENT)) {
            for (int i = 0; i < r.size; i++) {
                int learner = r.learner[i];
                w.integer(r.year[i]).integer(r.learner[i] + 1).integer(r.institution[i] + 1).text(grades[r.grade[i]].code());
                if (r.classId[i] != 0) {
                    w.integer(r.classId[i]);
                } else {
                    w.nul();
                }
                w.text(statuses[r.status[i]].code());
                if (r.destination[i] >= 0) {
                    w.text(destinations[r.destination[i]].code());
                } else {
                    w.nul();
                }
                w.text(deliveries[r.delivery[i]].code());
                // the census attributes of the year's record: sex, age on 1 September, disability
                w.text(sexes[l.sex[learner]].code()).integer(r.year[i] - ageBase[learner]);
                if (l.disability[learner] != 0) {
                    w.text(categories[l.disability[learner] - 1].code());
                } else {
                    w.nul();
                }
                w.endRow();
            }
        }
    }

    /**
     * Per learner, the year from which the age on the census day counts: age in year y is
     * y − year(birth date + 121 days), since 1 September + 121 days is 31 December.
     */
    private static int[] censusAgeBase(Learners l) {
        int[] base = new int[l.size];
        for (int i = 0; i < l.size; i++) {
            base[i] = LocalDate.ofEpochDay(l.birthDay[i] + 121L).getYear();
        }
        return base;
    }

    private void writeTeachers(RecordSink sink) throws IOException {
        Staffing s = staffing;
        try (TableWriter w = sink.open(DemoTable.TEACHER)) {
            for (int i = 0; i < s.teachers; i++) {
                w.integer(i + 1).text(pseudonym('T', i, seed ^ 0x7EA)).text(Sex.values()[s.sex[i]].code())
                        .date(s.birthDay[i]).endRow();
            }
        }
        Stage[] stages = Stage.values();
        Degree[] degrees = Degree.values();
        BackboneLevel[] backboneLevels = BackboneLevel.values();
        Subject[] subjects = Subject.values();
        Post[] posts = Post.values();
        try (TableWriter w = sink.open(DemoTable.TEACHER_ASSIGNMENT)) {
            for (int k = 0; k < s.aYear.size(); k++) {
                Post p = posts[s.aPost.get(k)];
                Stage stage = stages[s.aStage.get(k)];
                int flags = s.aFlags.get(k);
                boolean teacher = p == Post.TEACHER;
                w.integer(s.aYear.get(k)).integer(s.aTeacher.get(k) + 1).integer(s.aInstitution.get(k) + 1)
                        .text(p.code()).text(stage.code());
                if (p == Post.STAFF) {
                    w.nul();
                } else {
                    w.text(subjects[s.aSubject.get(k)].code());
                }
                w.bool((flags & Staffing.FLAG_PROFESSIONAL) != 0).text(degrees[s.aDegree.get(k)].code())
                        .bool(teacher && stage == Stage.PRESCHOOL && (flags & Staffing.FLAG_ECE) != 0);
                if ((flags & Staffing.FLAG_CERTIFIED) != 0) {
                    w.text(TeacherCertificate.forStage(stage).code());
                } else {
                    w.nul();
                }
                w.bool((flags & Staffing.FLAG_DUAL) != 0).integer(s.aHours.get(k));
                if ((flags & Staffing.FLAG_BACKBONE) != 0) {
                    w.text(backboneLevels[(flags >>> Staffing.BACKBONE_SHIFT) & 3].code());
                } else {
                    w.nul();
                }
                w.endRow();
            }
        }
    }

    private void writeFacilities(RecordSink sink) throws IOException {
        Facilities f = facilities;
        try (TableWriter w = sink.open(DemoTable.FACILITY)) {
            for (int k = 0; k < f.year.size(); k++) {
                w.integer(f.institution.get(k) + 1).integer(f.year.get(k)).decimal(f.building.get(k) / 10.0, 1)
                        .decimal(f.sports.get(k) / 10.0, 1).integer(f.equipment.get(k)).integer(f.multimedia.get(k))
                        .integer(f.books.get(k)).decimal(f.teachingAux.get(k) / 10.0, 1).decimal(f.indoorSports.get(k) / 10.0, 1)
                        .endRow();
            }
        }
    }

    /** 学业水平测试 results of P3–J3 in the last three years: the input of value-added evaluation. */
    private void writeExams(RecordSink sink) throws IOException {
        Rows r = simulation.rows;
        Grade[] grades = Grade.values();
        try (TableWriter w = sink.open(DemoTable.EXAM_RESULT)) {
            for (int k = 0; k < exams.row.size(); k++) {
                int row = exams.row.get(k);
                w.integer(r.year[row]).integer(r.learner[row] + 1).integer(r.institution[row] + 1)
                        .text(grades[r.grade[row]].code()).text(ExamTesting.SUBJECTS.get(exams.subject.get(k)))
                        .decimal(exams.score.get(k), 1);
                w.endRow();
            }
        }
    }

    private void writeFitness(RecordSink sink) throws IOException {
        Rows r = simulation.rows;
        Grade[] grades = Grade.values();
        FitnessRating[] ratings = FitnessRating.values();
        Sex[] sexes = Sex.values();
        Measure[] measures = Measure.values();
        FitnessScorer scorer = new FitnessScorer();
        int[] values = new int[measures.length];
        try (TableWriter w = sink.open(DemoTable.FITNESS_RESULT)) {
            for (int k = 0; k < fitness.row.size(); k++) {
                int row = fitness.row.get(k);
                Sex sex = sexes[simulation.learners.sex[r.learner[row]]];
                w.integer(r.year[row]).integer(r.learner[row] + 1).integer(r.institution[row] + 1)
                        .text(grades[r.grade[row]].code()).decimal(fitness.score.get(k) / 100.0, 2)
                        .text(ratings[fitness.rating.get(k)].code())
                        .text(sex.code());
                for (int m = 0; m < measures.length; m++) {
                    short v = fitness.measures[m][k];
                    if (v == FitnessTesting.NOT_TESTED) {
                        values[m] = Measure.MISSING;
                        w.nul();
                    } else if (FitnessTesting.whole(measures[m])) {
                        values[m] = v * 100;
                        w.integer(v);
                    } else {
                        values[m] = v * 10;
                        w.decimal(v / 10.0, 1);
                    }
                }
                // the item scores as the standard gives them for these results (the rating and
                // total above are the same scoring's, kept when the results were drawn)
                FitnessScore s = scorer.score(TestGrade.of(grades[r.grade[row]]), sex, values, null);
                w.decimal(s.bmiTenths() / 10.0, 1);
                for (FitnessItem item : FitnessItem.values()) {
                    int score = s.itemScore(item);
                    if (score == FitnessScore.NONE) {
                        w.nul();
                    } else {
                        w.integer(score);
                    }
                }
                w.decimal(s.standardHundredths() / 100.0, 2).integer(s.bonus()).endRow();
            }
        }
    }

    private void writeReturns(RecordSink sink) throws IOException {
        try (TableWriter w = sink.open(DemoTable.GRADUATE_RETURN)) {
            for (UniversityReturns.Line line : returns.lines) {
                w.integer(line.institution() + 1).integer(line.graduationYear()).text(line.stage().code())
                        .integer(line.graduates()).integer(line.furtherStudy()).endRow();
            }
        }
    }
}
