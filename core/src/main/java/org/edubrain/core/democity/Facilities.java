package org.edubrain.core.democity;

import java.util.List;

import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Stage;
import org.edubrain.core.shared.IntList;

/**
 * School facilities (办学条件) per institution and school year from 2020/21: building area, sports
 * area, equipment value, multimedia classrooms and library books, at per-student levels usual for
 * each stage, with a lasting difference between institutions and growing equipment.
 */
final class Facilities {

    final IntList institution = new IntList();
    final IntList year = new IntList();
    /** Areas in m² × 10, value in yuan. */
    final IntList building = new IntList();
    final IntList sports = new IntList();
    final IntList equipment = new IntList();
    final IntList multimedia = new IntList();
    final IntList books = new IntList();
    /** 教学及辅助用房 (indoor sports rooms included) and 室内体育用房, m² × 10. */
    final IntList teachingAux = new IntList();
    final IntList indoorSports = new IntList();

    Facilities(Rows rows, Classes classes, List<Inst> institutions, long seed) {
        int n = institutions.size();
        Grade[] grades = Grade.values();
        for (int t = 2020; t <= CitySimulation.LAST_YEAR; t++) {
            int[] learners = new int[n];
            int[][] byStage = new int[n][Stage.values().length];
            for (int r = 0; r < rows.size; r++) {
                if (rows.year[r] == t) {
                    learners[rows.institution[r]]++;
                    byStage[rows.institution[r]][grades[rows.grade[r]].stage().ordinal()]++;
                }
            }
            int[] classCount = new int[n];
            for (int c = 0; c < classes.size.size(); c++) {
                if (classes.year.get(c) == t) {
                    classCount[classes.institution.get(c)]++;
                }
            }
            for (int i = 0; i < n; i++) {
                Inst inst = institutions.get(i);
                boolean continuing = inst.type == SchoolType.COMMUNITY_SCHOOL || inst.type == SchoolType.ELDERLY_SCHOOL;
                if (learners[i] == 0 && !(continuing && inst.takesEntrants(t))) {
                    continue;
                }
                double lasting = 0.8 + 0.45 * Hashing.uniform(seed ^ 0xFAC1L, i);
                double bArea = 0;
                double sArea = 0;
                double value = 0;
                double bookCount = 0;
                for (Stage s : Stage.values()) {
                    int k = byStage[i][s.ordinal()];
                    bArea += k * buildingPerStudent(s, inst);
                    sArea += k * sportsPerStudent(s, inst);
                    value += k * equipmentPerStudent(s) * Math.pow(1.05, t - 2020);
                    bookCount += k * booksPerStudent(s);
                }
                if (continuing) {
                    bArea = 600 + 2400 * Hashing.uniform(seed ^ 0xC0L, i);
                    sArea = 0;
                    value = 150_000 + 400_000 * Hashing.uniform(seed ^ 0xC1L, i);
                    bookCount = 3000 + 12000 * Hashing.uniform(seed ^ 0xC2L, i);
                }
                bArea *= lasting;
                sArea *= lasting;
                value *= lasting;
                int rooms = continuing ? 2 : classCount[i] + (int) Math.round(classCount[i] * 0.1 * lasting);
                double aux = bArea * 0.6;
                double indoor = 0;
                int p = byStage[i][Stage.PRIMARY.ordinal()];
                int j = byStage[i][Stage.JUNIOR.ordinal()];
                int sr = byStage[i][Stage.SENIOR.ordinal()];
                if (p + j > 0 && inst.type != SchoolType.SPECIAL) {
                    // compulsory schools (and the senior part of a complete or twelve-year school) by the
                    // district's profile, per weighted student so that the 办法's split (1 : 1.1 : 1.32)
                    // gives every part its own level: SupervisionProfile
                    double weighted = p + 1.1 * j + 1.32 * sr;
                    int d = inst.districtIn(t);
                    double base = SupervisionProfile.BASE;
                    boolean newlyEquipped = Hashing.uniform(seed ^ 0x5B05L, i) < 1.0 / 3;
                    double sportsPer = perWeighted(p, j, sr, 7.5, 10.2) * base * SupervisionProfile.sports(d)
                            * SupervisionProfile.lasting(seed, i, 0x5B01L);
                    double auxPer = perWeighted(p, j, sr, 4.5, 5.8) * base * SupervisionProfile.lasting(seed, i, 0x5B02L);
                    double equipmentPer = perWeighted(p, j, sr, 2000, 2500) * base * SupervisionProfile.equipment(d, newlyEquipped)
                            * SupervisionProfile.lasting(seed, i, 0x5B03L) * Math.pow(1.03, t - 2020);
                    double roomsPer = perWeighted(p, j, sr, 2.3, 2.4) / 100 * base * SupervisionProfile.lasting(seed, i, 0x5B04L);
                    indoor = p + j + sr >= 300 ? 0.5 * (p + j + sr) : 0;
                    sArea = sportsPer * weighted;
                    aux = auxPer * weighted + indoor;
                    value = equipmentPer * weighted;
                    rooms = (int) Math.ceil(roomsPer * weighted);
                    bArea = Math.max(bArea, aux * 1.4);
                }
                institution.add(i);
                year.add(t);
                building.add((int) Math.round(bArea * 10));
                sports.add((int) Math.round(sArea * 10));
                equipment.add((int) Math.round(value));
                multimedia.add(rooms);
                books.add((int) Math.round(bookCount * lasting));
                teachingAux.add((int) Math.round(aux * 10));
                indoorSports.add((int) Math.round(indoor * 10));
            }
        }
    }

    /**
     * The level per weighted student that gives each part at least its threshold: the primary part
     * gets it × 1, the junior part × 1.1, a senior part × 1.32 (taken at the junior threshold × 1.2).
     */
    private static double perWeighted(int primary, int junior, int senior, double primaryThreshold, double juniorThreshold) {
        double v = 0;
        if (primary > 0) {
            v = primaryThreshold;
        }
        if (junior > 0) {
            v = Math.max(v, juniorThreshold / 1.1);
        }
        if (senior > 0) {
            v = Math.max(v, juniorThreshold * 1.2 / 1.32);
        }
        return v;
    }

    private static double buildingPerStudent(Stage s, Inst inst) {
        double urban = inst.urban ? 0.85 : 1.0;
        return urban * switch (s) {
            case PRESCHOOL -> 9;
            case PRIMARY -> inst.type == SchoolType.SPECIAL ? 35 : 7;
            case JUNIOR -> inst.type == SchoolType.SPECIAL ? 35 : 9;
            case SENIOR -> 12;
            case SECONDARY_VOCATIONAL -> 14;
            case HIGHER_VOCATIONAL -> 22;
            default -> 10;
        };
    }

    private static double sportsPerStudent(Stage s, Inst inst) {
        double urban = inst.urban ? 0.75 : 1.0;
        return urban * switch (s) {
            case PRESCHOOL -> 3;
            case PRIMARY -> 6.5;
            case JUNIOR -> 8;
            case SENIOR -> 9.5;
            case SECONDARY_VOCATIONAL -> 8;
            case HIGHER_VOCATIONAL -> 10;
            default -> 5;
        };
    }

    private static double equipmentPerStudent(Stage s) {
        return switch (s) {
            case PRESCHOOL -> 900;
            case PRIMARY -> 2200;
            case JUNIOR -> 2900;
            case SENIOR -> 4200;
            case SECONDARY_VOCATIONAL -> 8500;
            case HIGHER_VOCATIONAL -> 12_000;
            default -> 2000;
        };
    }

    private static double booksPerStudent(Stage s) {
        return switch (s) {
            case PRESCHOOL -> 12;
            case PRIMARY -> 30;
            case JUNIOR -> 40;
            case SENIOR -> 50;
            case SECONDARY_VOCATIONAL -> 45;
            case HIGHER_VOCATIONAL -> 80;
            default -> 20;
        };
    }
}
