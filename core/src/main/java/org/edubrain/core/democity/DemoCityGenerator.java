package org.edubrain.core.democity;

import java.util.List;

import org.edubrain.core.democity.Calibration.District;

/**
 * Generates the demo city: a synthetic Dalian whose 2020 records reproduce the baselines of the
 * plan's main-indicator table, with school years 2020/21–2025/26 moving towards the 2025 targets
 * at different paces by district. Deterministic: the same scale and seed give the same city.
 *
 * <p>Scale 1 is the size of the real city (about 0.9 million learners from kindergarten to
 * higher vocational college in a school year, about 1,700 institutions and 70,000 staff); 0.05
 * suits tests, 5 a province.
 */
public final class DemoCityGenerator {

    public static final long DEFAULT_SEED = 20210501L;
    /** The largest scale: about 13 million learners, within the generator's 24-bit learner index. */
    public static final double MAX_SCALE = 10;

    private DemoCityGenerator() {
    }

    /** Writes the real org units of the city the demo is calibrated with (Dalian) and their hierarchy. */
    public static void writeCityHierarchy(RecordSink sink) throws java.io.IOException {
        DemoCity.writeHierarchy(sink, Calibration.districts());
    }

    public static DemoCity generate(double scale, long seed) {
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + MAX_SCALE + ", not " + scale);
        }
        List<District> districts = Calibration.districts();
        PopulationModel population = new PopulationModel(districts, scale);
        InstitutionPlanner plan = new InstitutionPlanner(districts, population, scale, seed);
        CitySimulation simulation = new CitySimulation(districts, population, plan.institutions, scale, seed);
        DisabilityRegister register = new DisabilityRegister(simulation.rows, simulation.learners, plan.institutions,
                districts.size());
        Classes classes = new Classes(simulation.rows, plan.institutions, CitySimulation.ALL_STAGES_FROM);
        Staffing staffing = new Staffing(plan.institutions, simulation.rows, scale, seed);
        FitnessTesting fitness = new FitnessTesting(simulation.rows, simulation.learners, plan.institutions, districts.size(), seed);
        UniversityReturns returns = new UniversityReturns(simulation.rows, plan.institutions, scale);
        Facilities facilities = new Facilities(simulation.rows, classes, plan.institutions, seed);
        ExamTesting exams = new ExamTesting(simulation.rows, simulation.learners.size, plan.institutions, seed);
        return new DemoCity(scale, seed, districts, population, plan, simulation, classes, staffing, fitness, register,
                returns, facilities, exams);
    }
}
