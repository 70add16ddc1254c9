package org.edubrain.core.democity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.edubrain.core.democity.Calibration.District;
import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.Destination;
import org.edubrain.core.registry.EnrolmentStatus;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Stage;
import org.edubrain.core.shared.IntList;
import org.edubrain.core.shared.Quota;

/**
 * Moves the demo city's learners through its institutions year by year: entry into kindergarten
 * and primary school, promotion, transfers in and out of the city, deaths, drop-outs, graduation
 * and the step to the next stage.
 *
 * <p>Coverage: compulsory education from the cohort that entered primary school in 2011 (so that
 * the nine-year consolidation rate of 2020 can be computed from records), every stage from
 * school year 2019/20 (whose graduates are the new labour force of 2020), up to 2025/26.
 *
 * <p>The city totals that the plan's 2020 baselines depend on are set exactly and then shared
 * among districts with {@link Quota}; everything else is drawn at random from a seeded generator.
 */
final class CitySimulation {

    static final int FIRST_YEAR = 2011;
    static final int ALL_STAGES_FROM = 2019;
    static final int LAST_YEAR = 2025;

    private static final Grade[] GRADES = Grade.values();
    private static final int K1 = Grade.K1.ordinal();
    private static final int K3 = Grade.K3.ordinal();
    private static final int P1 = Grade.P1.ordinal();
    private static final int P6 = Grade.P6.ordinal();
    private static final int J1 = Grade.J1.ordinal();
    private static final int J3 = Grade.J3.ordinal();
    private static final int S1 = Grade.S1.ordinal();
    private static final int S3 = Grade.S3.ordinal();
    private static final int V1 = Grade.V1.ordinal();
    private static final int V3 = Grade.V3.ordinal();
    private static final int C1 = Grade.C1.ordinal();
    private static final int C3 = Grade.C3.ordinal();

    private static final int ENROLLED = EnrolmentStatus.ENROLLED.ordinal();
    private static final int TRANSFERRED_IN = EnrolmentStatus.TRANSFERRED_IN.ordinal();
    private static final int TRANSFERRED_OUT = EnrolmentStatus.TRANSFERRED_OUT.ordinal();
    private static final int GRADUATED = EnrolmentStatus.GRADUATED.ordinal();
    private static final int DROPPED_OUT = EnrolmentStatus.DROPPED_OUT.ordinal();
    private static final int DECEASED = EnrolmentStatus.DECEASED.ordinal();
    private static final byte FURTHER = (byte) Destination.FURTHER_STUDY.ordinal();
    private static final byte EMPLOYMENT = (byte) Destination.EMPLOYMENT.ordinal();
    private static final byte OTHER = (byte) Destination.OTHER.ordinal();

    final Learners learners = new Learners();
    final Rows rows = new Rows();
    private final List<District> districts;
    private final PopulationModel population;
    private final List<Inst> institutions;
    private final double scale;
    private final SplittableRandom random;
    private final int nd;

    private IntList[][] roll;
    private IntList[][] next;
    private final IntList[] poolPrimary;
    private final IntList[] poolSenior;
    private final IntList poolHigherVocational = new IntList();
    /** Learners who arrive from outside the city this year: their first row says so. */
    private final java.util.BitSet arriving = new java.util.BitSet();
    private final Map<Long, Picker> pickers = new HashMap<>();

    /** Per primary-entry cohort (index = entry year − FIRST_YEAR): learners ever in it, left the city or died, dropped out. */
    private final int[] cohortEver = new int[LAST_YEAR - FIRST_YEAR + 1];
    private final int[] cohortGone = new int[LAST_YEAR - FIRST_YEAR + 1];
    private final int[] cohortDropped = new int[LAST_YEAR - FIRST_YEAR + 1];

    CitySimulation(List<District> districts, PopulationModel population, List<Inst> institutions, double scale, long seed) {
        this.districts = districts;
        this.population = population;
        this.institutions = institutions;
        this.scale = scale;
        this.random = new SplittableRandom(seed ^ 0x5EED_C17EL);
        this.nd = districts.size();
        roll = newRoll();
        poolPrimary = newPools();
        poolSenior = newPools();
        for (int t = FIRST_YEAR; t <= LAST_YEAR; t++) {
            next = newRoll();
            if (t >= ALL_STAGES_FROM) {
                enterKindergarten(t);
            }
            enterPrimary(t);
            transfersIntoCompulsory(t);
            if (t >= ALL_STAGES_FROM) {
                enterSenior(t);
                enterHigherVocational(t);
            }
            writeRows(t);
            endOfYear(t);
            roll = next;
        }
    }

    private IntList[][] newRoll() {
        IntList[][] r = new IntList[nd][GRADES.length];
        for (int d = 0; d < nd; d++) {
            for (int g = 0; g < GRADES.length; g++) {
                r[d][g] = new IntList();
            }
        }
        return r;
    }

    private IntList[] newPools() {
        IntList[] p = new IntList[nd];
        for (int d = 0; d < nd; d++) {
            p[d] = new IntList();
        }
        return p;
    }

    // ---------------------------------------------------------------- choosing institutions

    private Picker picker(int kind, int district, int year, Predicate<Inst> eligible, ToDoubleFunction<Inst> weight) {
        long key = ((long) kind << 40) | ((long) (district + 1) << 20) | year;
        return pickers.computeIfAbsent(key, k -> {
            IntList ids = new IntList();
            List<Double> w = new ArrayList<>();
            for (Inst i : institutions) {
                if (i.takesEntrants(year) && eligible.test(i) && (district < 0 || i.district == district)) {
                    ids.add(i.id - 1);
                    w.add(weight.applyAsDouble(i));
                }
            }
            double[] weights = w.stream().mapToDouble(Double::doubleValue).toArray();
            return new Picker(ids.toArray(), weights);
        });
    }

    private Picker kindergartens(int d, int year, boolean publicOnes) {
        return picker(publicOnes ? 1 : 2, d, year,
                i -> i.type == SchoolType.KINDERGARTEN && i.ownership.isPublic() == publicOnes, i -> i.weight);
    }

    private Picker primarySchools(int d, int year) {
        return picker(3, d, year, i -> i.type != SchoolType.SPECIAL && i.teaches(Stage.PRIMARY), i -> i.weight);
    }

    private Picker juniorSchools(int d, int year) {
        return picker(4, d, year, i -> i.type != SchoolType.SPECIAL && i.teaches(Stage.JUNIOR),
                i -> i.type == SchoolType.NINE_YEAR || i.type == SchoolType.TWELVE_YEAR ? i.weight * 0.3 : i.weight);
    }

    private Picker seniorSchools(int d, int year) {
        return picker(5, d, year, i -> i.teaches(Stage.SENIOR), i -> i.weight);
    }

    private Picker specialSchools(int d, int year) {
        Picker p = picker(6, d, year, i -> i.type == SchoolType.SPECIAL, i -> i.weight);
        return p.isEmpty() ? picker(6, -1, year, i -> i.type == SchoolType.SPECIAL, i -> i.weight) : p;
    }

    private Picker vocationalSchools(int d, int year) {
        return picker(7, -1, year, i -> i.teaches(Stage.SECONDARY_VOCATIONAL),
                i -> i.district == d ? i.weight * 3 : i.weight);
    }

    private Picker higherVocational(int year) {
        return picker(8, -1, year, i -> i.teaches(Stage.HIGHER_VOCATIONAL), i -> i.weight);
    }

    private Inst inst(int index) {
        return institutions.get(index);
    }

    // ---------------------------------------------------------------- new learners

    private int birthFor(int nominalAge, int year) {
        int age = nominalAge + (random.nextDouble() < 0.04 ? 1 : 0);
        // aged exactly `age` on the census day: born after 1 September of year − age − 1, up to 1 September of year − age
        int from = CensusAge.censusDay(year - age - 1) + 1;
        int to = CensusAge.censusDay(year - age);
        return from + random.nextInt(to - from + 1);
    }

    private int hukouFor(int d, boolean fromOutside) {
        double x = random.nextDouble();
        if (fromOutside) {
            return x < 0.6 ? 2 : x < 0.85 ? 1 : 0;
        }
        double other = districts.get(d).pctOtherProvince() / 100.0;
        return x < other ? 2 : x < other + 0.12 ? 1 : x < other + 0.1205 ? 3 : 0;
    }

    private int disabilityFor(double probability) {
        if (random.nextDouble() >= probability) {
            return 0;
        }
        double x = random.nextDouble();
        // intellectual disability is the most common among disabled children in school
        return x < 0.45 ? 5 : x < 0.60 ? 2 : x < 0.70 ? 1 : x < 0.80 ? 4 : x < 0.87 ? 3 : x < 0.93 ? 6 : 7;
    }

    private int newLearner(int d, Grade grade, int year, boolean fromOutside, double disabledProbability) {
        int sex = random.nextDouble() < 0.52 ? 0 : 1;
        return learners.add(sex, birthFor(grade.nominalAge(), year), disabilityFor(disabledProbability),
                hukouFor(d, fromOutside));
    }

    private void place(int learner, int institution, int gradeOrdinal, int d) {
        learners.institution[learner] = institution;
        roll[d][gradeOrdinal].add(learner);
    }

    // ---------------------------------------------------------------- kindergarten

    private void enterKindergarten(int t) {
        int[] cont2 = new int[nd];
        int[] cont3 = new int[nd];
        int[] contPublic = new int[nd];
        int[] pop = new int[nd];
        double[] weights = new double[nd];
        int[] lo = new int[nd];
        int[] hi = new int[nd];
        for (int d = 0; d < nd; d++) {
            cont2[d] = roll[d][K1 + 1].size();
            cont3[d] = roll[d][K3].size();
            for (int g = K1; g <= K3; g++) {
                IntList l = roll[d][g];
                for (int i = 0; i < l.size(); i++) {
                    if (inst(learners.institution[l.get(i)]).ownership.isPublic()) {
                        contPublic[d]++;
                    }
                }
            }
            pop[d] = population.count(d, t, 3, 5);
            weights[d] = Trajectories.PRESCHOOL_GER.district(d, t) * pop[d];
            lo[d] = cont2[d] + cont3[d];
            hi[d] = Integer.MAX_VALUE;
        }
        long cityPop = sum(pop);
        double cityRate = Trajectories.PRESCHOOL_GER.city(t);
        int[] stock = Quota.allocate(Quota.roundHalfUp(cityRate * cityPop), weights, lo, hi);

        int[] newPublicLo = new int[nd];
        int[] newPublicHi = new int[nd];
        double[] publicWeights = new double[nd];
        double publicTotal = 0;
        for (int d = 0; d < nd; d++) {
            newPublicLo[d] = contPublic[d];
            newPublicHi[d] = contPublic[d] + stock[d] - cont2[d] - cont3[d];
            publicWeights[d] = Trajectories.PUBLIC_KINDERGARTEN_SHARE.district(d, t) * stock[d];
            publicTotal += publicWeights[d];
        }
        long cityStock = sum(stock);
        double publicRate = Trajectories.PUBLIC_KINDERGARTEN_SHARE.city(t);
        long publicTarget = Math.max(sum(newPublicLo), Math.min(sum(newPublicHi), Quota.roundHalfUp(publicRate * cityStock)));
        int[] publicStock = Quota.allocate(publicTarget, publicWeights, newPublicLo, newPublicHi);

        for (int d = 0; d < nd; d++) {
            // targets per year of kindergarten: older children are enrolled more often
            double w3 = population.count(d, t, 3, 3) * 0.93;
            double w4 = population.count(d, t, 4, 4) * 1.01;
            double w5 = population.count(d, t, 5, 5) * 1.06;
            double ws = w3 + w4 + w5;
            int free = stock[d] - cont2[d] - cont3[d];
            int n3 = (int) Math.max(0, Math.min(free, Math.round(stock[d] * w5 / ws) - cont3[d]));
            int n2 = (int) Math.max(0, Math.min(free - n3, Math.round(stock[d] * w4 / ws) - cont2[d]));
            int n1 = free - n2 - n3;
            int newPublic = publicStock[d] - contPublic[d];
            int[] counts = {n1, n2, n3};
            int total = n1 + n2 + n3;
            // shuffle who goes public among the newcomers of all three years
            int publicLeft = newPublic;
            int left = total;
            for (int g = 0; g < 3; g++) {
                for (int i = 0; i < counts[g]; i++) {
                    boolean pub = random.nextInt(left) < publicLeft;
                    left--;
                    if (pub) {
                        publicLeft--;
                    }
                    Picker p = kindergartens(d, t, pub);
                    if (p.isEmpty()) {
                        p = kindergartens(d, t, !pub);
                    }
                    int learner = newLearner(d, GRADES[K1 + g], t, false, 0.002);
                    place(learner, p.pick(random), K1 + g, d);
                }
            }
        }
    }

    // ---------------------------------------------------------------- primary entry and transfers

    private void enterPrimary(int t) {
        for (int d = 0; d < nd; d++) {
            int need = (int) Quota.roundHalfUp(population.count(d, t, 6, 6) * 0.995);
            IntList pool = poolPrimary[d];
            shuffle(pool);
            int fromKindergarten = Math.min(need, pool.size());
            for (int i = 0; i < need; i++) {
                int learner = i < fromKindergarten ? pool.get(i) : newLearner(d, Grade.P1, t, false, 0.0048);
                enterCompulsory(learner, d, t);
            }
            pool.clear();
            cohortEver[t - FIRST_YEAR] += need;
        }
    }

    /** Places a learner entering grade 1 of primary school: disabled learners may go to a special school. */
    private void enterCompulsory(int learner, int d, int t) {
        learners.placement[learner] = 0;
        if (learners.disability[learner] != 0) {
            double x = random.nextDouble();
            if (x < 0.65) {
                learners.placement[learner] = (byte) (x < 0.55 ? 1 : 2);
                int s = specialSchools(d, t).pick(random);
                place(learner, s, P1, inst(s).district);
                return;
            }
        }
        place(learner, primarySchools(d, t).pick(random), P1, d);
    }

    private void transfersIntoCompulsory(int t) {
        for (int d = 0; d < nd; d++) {
            for (int g = P1 + 1; g <= J3; g++) {
                int cohort = t - (g - P1);
                if (cohort < FIRST_YEAR) {
                    continue;
                }
                int n = (int) Quota.roundHalfUp(roll[d][g].size() * (g <= P6 ? 0.006 : 0.004));
                for (int i = 0; i < n; i++) {
                    int learner = newLearner(d, GRADES[g], t, true, 0.003);
                    Picker p = g <= P6 ? primarySchools(d, t) : juniorSchools(d, t);
                    place(learner, p.pick(random), g, d);
                    arriving.set(learner);
                }
                cohortEver[cohort - FIRST_YEAR] += n;
            }
        }
    }

    // ---------------------------------------------------------------- senior secondary

    private void enterSenior(int t) {
        int[] pop = new int[nd];
        int[] contGeneral = new int[nd];
        double[] weights = new double[nd];
        int contVocational = 0;
        for (int d = 0; d < nd; d++) {
            pop[d] = population.count(d, t, 15, 17);
            contGeneral[d] = roll[d][S1 + 1].size() + roll[d][S3].size();
            contVocational += roll[d][V1 + 1].size() + roll[d][V3].size();
            weights[d] = (Trajectories.SENIOR_GER.district(d, t) + 0.02 * (t - 2020) * (1 - Trajectories.PACE[d])) * pop[d];
        }
        long cityPop = sum(pop);
        double rate = t == 2020 ? Trajectories.SENIOR_GER.baseline() : t < 2020 ? 0.996 : 1.0 + 0.001 * (t - 2020);
        long stock = Quota.roundHalfUp(rate * cityPop);
        long vocationalStock = Math.max(contVocational, Quota.roundHalfUp(stock * (0.42 - 0.004 * Math.max(0, t - 2020))));
        long generalStock = stock - vocationalStock;
        int[] lo = contGeneral.clone();
        int[] hi = new int[nd];
        java.util.Arrays.fill(hi, Integer.MAX_VALUE);
        int[] general = Quota.allocate(Math.max(generalStock, sum(contGeneral)), weights, lo, hi);

        IntList leftovers = new IntList();
        boolean initial = t == ALL_STAGES_FROM;
        for (int d = 0; d < nd; d++) {
            IntList pool = poolSenior[d];
            shuffle(pool);
            if (initial) {
                // the stock of 2019/20 without records of its past: three years of general senior school
                for (int g = S1; g <= S3; g++) {
                    int n = general[d] / 3 + (g - S1 < general[d] % 3 ? 1 : 0);
                    for (int i = 0; i < n; i++) {
                        int learner = newLearner(d, GRADES[g], t, false, 0.0005);
                        place(learner, seniorSchools(d, t).pick(random), g, d);
                    }
                }
                continue;
            }
            int need = general[d] - contGeneral[d];
            int taken = Math.min(need, pool.size());
            for (int i = 0; i < taken; i++) {
                int learner = pool.get(i);
                Inst junior = inst(learners.institution[learner]);
                int school = junior.teaches(Stage.SENIOR) && random.nextDouble() < 0.6 ? junior.id - 1
                        : seniorSchools(d, t).pick(random);
                place(learner, school, S1, inst(school).district);
            }
            for (int i = taken; i < need; i++) {
                int learner = newLearner(d, Grade.S1, t, true, 0.0005);
                int school = seniorSchools(d, t).pick(random);
                place(learner, school, S1, inst(school).district);
            }
            for (int i = taken; i < pool.size(); i++) {
                leftovers.add(pool.get(i));
            }
            pool.clear();
        }
        if (initial) {
            for (int g = V1; g <= V3; g++) {
                long n = vocationalStock / 3 + (g - V1 < vocationalStock % 3 ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    int home = random.nextInt(nd);
                    int learner = newLearner(home, GRADES[g], t, random.nextDouble() < 0.2, 0.0005);
                    int school = vocationalSchools(home, t).pick(random);
                    place(learner, school, g, inst(school).district);
                }
            }
            return;
        }
        long needV = vocationalStock - contVocational;
        shuffle(leftovers);
        int takenV = (int) Math.min(needV, leftovers.size());
        for (int i = 0; i < takenV; i++) {
            int learner = leftovers.get(i);
            int home = inst(learners.institution[learner]).district;
            int school = vocationalSchools(home, t).pick(random);
            place(learner, school, V1, inst(school).district);
        }
        for (long i = takenV; i < needV; i++) {
            int home = random.nextInt(nd);
            int learner = newLearner(home, Grade.V1, t, true, 0.0005);
            int school = vocationalSchools(home, t).pick(random);
            place(learner, school, V1, inst(school).district);
        }
        // junior graduates who did not continue in the city's schools
        for (int i = takenV; i < leftovers.size(); i++) {
            int row = learners.row[leftovers.get(i)];
            double x = random.nextDouble();
            rows.destination[row] = x < 0.5 ? FURTHER : x < 0.85 ? EMPLOYMENT : OTHER;
        }
    }

    private void enterHigherVocational(int t) {
        int cont = 0;
        for (int d = 0; d < nd; d++) {
            cont += roll[d][C1 + 1].size() + roll[d][C3].size();
        }
        long stock = Math.max(cont, Quota.roundHalfUp(45_000 * scale * (1 + 0.03 * (t - 2019))));
        Picker colleges = higherVocational(t);
        if (colleges.isEmpty()) {
            return;
        }
        if (t == ALL_STAGES_FROM) {
            for (int g = C1; g <= C3; g++) {
                long n = stock / 3 + (g - C1 < stock % 3 ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    int learner = newLearner(random.nextInt(nd), GRADES[g], t, random.nextDouble() < 0.35, 0);
                    int school = colleges.pick(random);
                    place(learner, school, g, inst(school).district);
                }
            }
            return;
        }
        long need = stock - cont;
        IntList pool = poolHigherVocational;
        shuffle(pool);
        int taken = (int) Math.min(need, Math.min(pool.size(), Math.round(need * 0.6)));
        for (int i = 0; i < need; i++) {
            int learner = i < taken ? pool.get(i) : newLearner(random.nextInt(nd), Grade.C1, t, true, 0);
            int school = colleges.pick(random);
            place(learner, school, C1, inst(school).district);
        }
        pool.clear();
    }

    // ---------------------------------------------------------------- rows and the end of the year

    private void writeRows(int t) {
        for (int d = 0; d < nd; d++) {
            for (int g = 0; g < GRADES.length; g++) {
                IntList l = roll[d][g];
                for (int i = 0; i < l.size(); i++) {
                    int learner = l.get(i);
                    int status = arriving.get(learner) ? TRANSFERRED_IN : ENROLLED;
                    int delivery = learners.placement[learner] == 2 && g >= P1 && g <= J3
                            ? Delivery.HOME.ordinal() : Delivery.ON_SITE.ordinal();
                    learners.row[learner] = rows.add(t, learner, learners.institution[learner], g, status, delivery);
                }
            }
        }
        arriving.clear();
    }

    private void exit(int learner, int status) {
        rows.status[learners.row[learner]] = (byte) status;
    }

    private void graduate(int learner, byte destination) {
        int row = learners.row[learner];
        rows.status[row] = (byte) GRADUATED;
        rows.destination[row] = destination;
    }

    private void endOfYear(int t) {
        for (int d = 0; d < nd; d++) {
            endKindergarten(d);
            endPrimary(d, t);
            endJunior(d, t);
            endSenior(d, t);
            endHigherVocational(d, t);
        }
        calibrateDropouts(t);
    }

    private boolean leaves(int learner, double transferOut) {
        double x = random.nextDouble();
        if (x < 0.0001) {
            exit(learner, DECEASED);
            return true;
        }
        if (x < 0.0001 + transferOut) {
            exit(learner, TRANSFERRED_OUT);
            return true;
        }
        return false;
    }

    private void endKindergarten(int d) {
        for (int g = K1; g <= K3; g++) {
            IntList l = roll[d][g];
            for (int i = 0; i < l.size(); i++) {
                int learner = l.get(i);
                if (leaves(learner, 0.025)) {
                    continue;
                }
                if (g == K3) {
                    graduate(learner, FURTHER);
                    poolPrimary[d].add(learner);
                } else {
                    next[d][g + 1].add(learner);
                }
            }
        }
    }

    private void endPrimary(int d, int t) {
        for (int g = P1; g <= P6; g++) {
            IntList l = roll[d][g];
            int cohort = t - (g - P1);
            for (int i = 0; i < l.size(); i++) {
                int learner = l.get(i);
                if (leaves(learner, 0.006)) {
                    cohortGone[cohort - FIRST_YEAR]++;
                    continue;
                }
                Inst school = inst(learners.institution[learner]);
                if (g == P6) {
                    graduate(learner, FURTHER);
                    if (!school.teaches(Stage.JUNIOR)) {
                        int junior = juniorSchools(school.district, t + 1).pick(random);
                        learners.institution[learner] = junior;
                    }
                    next[inst(learners.institution[learner]).district][J1].add(learner);
                    continue;
                }
                if (learners.placement[learner] == 0 && random.nextDouble() < 0.01) {
                    learners.institution[learner] = primarySchools(school.district, t + 1).pick(random);
                }
                next[inst(learners.institution[learner]).district][g + 1].add(learner);
            }
        }
    }

    private void endJunior(int d, int t) {
        for (int g = J1; g <= J3; g++) {
            IntList l = roll[d][g];
            int cohort = t - (g - P1);
            for (int i = 0; i < l.size(); i++) {
                int learner = l.get(i);
                if (leaves(learner, 0.005)) {
                    cohortGone[cohort - FIRST_YEAR]++;
                    continue;
                }
                if (g == J3) {
                    continue; // graduation and the last drop-outs are settled city-wide in calibrateDropouts
                }
                if (random.nextDouble() < 0.2 * (1 - Trajectories.consolidation(d, cohort + 9))) {
                    exit(learner, DROPPED_OUT);
                    cohortDropped[cohort - FIRST_YEAR]++;
                    continue;
                }
                if (learners.placement[learner] == 0 && random.nextDouble() < 0.008) {
                    learners.institution[learner] = juniorSchools(inst(learners.institution[learner]).district, t + 1)
                            .pick(random);
                }
                next[inst(learners.institution[learner]).district][g + 1].add(learner);
            }
        }
    }

    /**
     * Settles the last year of junior school for the cohort that entered primary school nine
     * years before the graduation summer: exactly as many drop out as the consolidation rate of
     * that year leaves, shared among districts by their own rates; the others graduate.
     */
    private void calibrateDropouts(int t) {
        int cohort = t - (J3 - P1);
        if (cohort < FIRST_YEAR) {
            return;
        }
        int c = cohort - FIRST_YEAR;
        int[] remaining = new int[nd];
        double[] weights = new double[nd];
        List<IntList> stay = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            IntList l = new IntList();
            IntList all = roll[d][J3];
            for (int i = 0; i < all.size(); i++) {
                int learner = all.get(i);
                if (rows.status[learners.row[learner]] < TRANSFERRED_OUT) {
                    l.add(learner);
                }
            }
            stay.add(l);
            remaining[d] = l.size();
            weights[d] = (1 - Trajectories.consolidation(d, t + 1)) * l.size();
        }
        int denominator = cohortEver[c] - cohortGone[c];
        long target = Quota.roundHalfUp((1 - Trajectories.consolidationCity(t + 1)) * denominator);
        long more = Math.max(0, Math.min(sum(remaining), target - cohortDropped[c]));
        int[] dropouts = Quota.allocate(more, weights, new int[nd], remaining);
        for (int d = 0; d < nd; d++) {
            IntList l = stay.get(d);
            shuffle(l);
            for (int i = 0; i < l.size(); i++) {
                int learner = l.get(i);
                if (i < dropouts[d]) {
                    exit(learner, DROPPED_OUT);
                    cohortDropped[c]++;
                } else {
                    graduate(learner, FURTHER);
                    poolSenior[inst(learners.institution[learner]).district].add(learner);
                }
            }
        }
    }

    private void endSenior(int d, int t) {
        double generalFurther = 0.955 + 0.003 * Math.max(0, t + 1 - 2020);
        double vocationalFurther = 0.62 + 0.02 * Math.max(0, t + 1 - 2020);
        for (int g = S1; g <= V3; g++) {
            boolean vocational = g >= V1;
            IntList l = roll[d][g];
            for (int i = 0; i < l.size(); i++) {
                int learner = l.get(i);
                if (leaves(learner, 0.003)) {
                    continue;
                }
                if (random.nextDouble() < (vocational ? 0.010 : 0.004)) {
                    exit(learner, DROPPED_OUT);
                    continue;
                }
                if (g == S3 || g == V3) {
                    double x = random.nextDouble();
                    if (x < (vocational ? vocationalFurther : generalFurther)) {
                        graduate(learner, FURTHER);
                        if (random.nextDouble() < (vocational ? 0.55 : 0.04)) {
                            poolHigherVocational.add(learner);
                        }
                    } else {
                        graduate(learner, random.nextDouble() < 0.75 ? EMPLOYMENT : OTHER);
                    }
                    continue;
                }
                next[d][g + 1].add(learner);
            }
        }
    }

    private void endHigherVocational(int d, int t) {
        double further = 0.15 + 0.012 * Math.max(0, t + 1 - 2020);
        for (int g = C1; g <= C3; g++) {
            IntList l = roll[d][g];
            for (int i = 0; i < l.size(); i++) {
                int learner = l.get(i);
                if (leaves(learner, 0.002)) {
                    continue;
                }
                if (random.nextDouble() < 0.01) {
                    exit(learner, DROPPED_OUT);
                    continue;
                }
                if (g == C3) {
                    graduate(learner, random.nextDouble() < further ? FURTHER
                            : random.nextDouble() < 0.85 ? EMPLOYMENT : OTHER);
                    continue;
                }
                next[d][g + 1].add(learner);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private void shuffle(IntList l) {
        for (int i = l.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int a = l.get(i);
            l.set(i, l.get(j));
            l.set(j, a);
        }
    }

    private static long sum(int[] a) {
        long s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
