package org.edubrain.app.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The registry's read models, as the pages and the API show them. */
public final class Views {

    private Views() {
    }

    /** A county-level unit (or the city) with its totals in a statistical year. */
    public record DistrictRow(int id, String code, String nameZh, String nameEn, String kind, long institutions,
            long learners, long teachers, long population) {
    }

    /** The city and its county-level units in a statistical year. */
    public record CityOverview(int year, DistrictRow city, List<DistrictRow> districts) {
    }

    public record OrgUnitView(int id, String code, String nameZh, String nameEn, String kind, String classification) {
    }

    /** One row of an institution search. */
    public record InstitutionRow(int id, String code, String nameZh, String nameEn, String schoolType,
            String schoolTypeZh, String ownership, String ownershipZh, boolean isPublic, boolean inclusive,
            String districtZh, String districtEn, long learners, long teachers) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    public record Membership(String orgCode, String orgNameZh, String orgNameEn, String classification,
            LocalDate validFrom, LocalDate validTo) {
    }

    public record Title(String title, String level, int awardedYear) {
    }

    public record InstitutionDetail(int id, String code, String nameZh, String nameEn, String schoolType,
            String schoolTypeZh, String schoolTypeEn, boolean schoolTypeVerified, String ownership, String ownershipZh,
            String ownershipEn, boolean isPublic, boolean inclusive, Boolean urban, String street, LocalDate openedOn,
            LocalDate closedOn, String educationGroup, List<Membership> memberships, List<Title> titles,
            List<Integer> years) {
    }

    /** Learners of one grade in one year. */
    public record GradeCount(String grade, long male, long female, long classes, long disabled, long homeDelivered) {
        public long total() {
            return male + female;
        }
    }

    /** Staff of one stage and post in one year. */
    public record StaffCount(String stage, String post, long count, long bachelorOrAbove, long certified,
            long eceTrained, long professionalCourse, long dualQualified, double trainingHours) {
    }

    public record FacilityRow(int year, BigDecimal buildingAreaM2, BigDecimal sportsAreaM2, Long equipmentValueYuan,
            Integer multimediaClassrooms, Integer books) {
    }

    public record ClassRow(int id, String grade, String nameZh, String kind, int size) {
    }

    /** A learner in a list: the pseudonymous key only, never a name or an identity number. */
    public record LearnerRow(String key, String sex, String birthMonth, String grade, String className, String status,
            boolean disabled) {
    }

    public record EnrolmentRow(int year, String institutionCode, String institutionZh, String grade, String className,
            String status, String destination, String delivery) {
    }

    /** A learner as the learner page shows it; the identity numbers are masked. */
    public record LearnerDetail(String key, String sex, LocalDate birthDate, String disability, String hukouType,
            String maskedStudentNumber, String maskedIdNumber, List<EnrolmentRow> history) {
    }

    /** The sensitive attributes, unmasked: returned only to a permitted, audited request. */
    public record Identity(String key, String nationalStudentNumber, String idNumber) {
    }

    public record PopulationCell(int age, String sex, long count) {
    }
}
