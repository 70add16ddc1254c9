package org.edubrain.core.democity;

import java.util.ArrayList;
import java.util.List;

import org.edubrain.core.registry.Destination;
import org.edubrain.core.registry.EnrolmentStatus;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Stage;
import org.edubrain.core.shared.Quota;

/**
 * The graduate returns (毕业生去向) that the universities and colleges file for each graduation
 * summer: graduates of each level and how many of them went on to further study. The city's
 * registry holds no individual records of university students; these counts are how their
 * graduates enter the new-labour-force indicator.
 *
 * <p>The counts are set so that the mean years of schooling of the new labour force (the
 * registry's graduates who did not continue and its leavers, plus these returns) follows the
 * plan: 15.4 years in 2020.
 */
final class UniversityReturns {

    /** One row of a return. */
    record Line(int institution, int graduationYear, Stage stage, int graduates, int furtherStudy) {
    }

    final List<Line> lines = new ArrayList<>();

    UniversityReturns(Rows rows, List<Inst> institutions, double scale) {
        List<Inst> universities = institutions.stream()
                .filter(i -> i.type == SchoolType.UNIVERSITY || i.type == SchoolType.COLLEGE).toList();
        if (universities.isEmpty()) {
            return;
        }
        Grade[] grades = Grade.values();
        for (int y = 2020; y <= CitySimulation.LAST_YEAR; y++) {
            long persons = 0;
            long years = 0;
            for (int r = 0; r < rows.size; r++) {
                if (rows.year[r] != y - 1) {
                    continue;
                }
                Grade g = grades[rows.grade[r]];
                int status = rows.status[r];
                if (status == EnrolmentStatus.GRADUATED.ordinal() && rows.destination[r] != Destination.FURTHER_STUDY.ordinal()) {
                    persons++;
                    years += g.stage().yearsWhenCompleted();
                } else if (status == EnrolmentStatus.DROPPED_OUT.ordinal() && g.stage() != Stage.PRESCHOOL) {
                    persons++;
                    years += completedBefore(g.stage());
                }
            }
            double target = Trajectories.LABOUR_FORCE_YEARS.city(y);
            long doctors = Math.round(700 * scale);
            long bachelors = Math.round(40_000 * scale * (1 + 0.02 * (y - 2020)));
            // target × (all persons) = years of all; solve for the masters who did not continue
            double masters = (target * (persons + bachelors + doctors) - years - 16.0 * bachelors - 22.0 * doctors)
                    / (19.0 - target);
            if (masters < 0.05 * bachelors || masters > 0.5 * bachelors) {
                masters = Math.max(0.05 * bachelors, Math.min(0.5 * bachelors, masters));
                bachelors = Math.round((target * (persons + masters + doctors) - years - 19.0 * masters - 22.0 * doctors)
                        / (16.0 - target));
            }
            share(universities, y, Stage.BACHELOR, bachelors, 0.25);
            share(universities, y, Stage.MASTER, Math.round(masters), 0.10);
            share(universities.stream().filter(i -> i.type == SchoolType.UNIVERSITY).toList(), y, Stage.DOCTORATE,
                    doctors, 0.02);
        }
    }

    /** Years of schooling of someone who left a stage without completing it. */
    static int completedBefore(Stage s) {
        return switch (s) {
            case JUNIOR -> Stage.PRIMARY.yearsWhenCompleted();
            case SENIOR, SECONDARY_VOCATIONAL -> Stage.JUNIOR.yearsWhenCompleted();
            case HIGHER_VOCATIONAL -> Stage.SENIOR.yearsWhenCompleted();
            default -> 0;
        };
    }

    private void share(List<Inst> universities, int year, Stage stage, long notContinuing, double continuingShare) {
        List<Inst> offering = universities.stream().filter(i -> i.teaches(stage)).toList();
        if (offering.isEmpty()) {
            offering = universities;
        }
        double[] w = offering.stream().mapToDouble(i -> i.weight).toArray();
        int[] parts = Quota.allocate(Math.max(0, notContinuing), w);
        for (int k = 0; k < offering.size(); k++) {
            int graduates = (int) Math.round(parts[k] / (1 - continuingShare));
            lines.add(new Line(offering.get(k).id - 1, year, stage, graduates, graduates - parts[k]));
        }
    }
}
