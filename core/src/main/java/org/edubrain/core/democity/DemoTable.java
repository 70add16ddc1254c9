package org.edubrain.core.democity;

import java.util.List;

/**
 * The record sets of the registry that the demo city fills, with their columns in the order in
 * which they are written. The names are the database's table and column names and the headers
 * of {@code edubrain demo export}.
 */
public enum DemoTable {
    ORG_UNIT("org_unit", "id", "code", "name_zh", "name_en", "kind", "classification", "area_km2"),
    ORG_UNIT_PARENT("org_unit_parent", "child_id", "parent_id", "valid_from", "valid_to"),
    EDUCATION_GROUP("education_group", "id", "name_zh", "formed_year"),
    INSTITUTION("institution", "id", "code", "name_zh", "name_en", "school_type", "ownership", "inclusive",
            "urban", "street", "opened_on", "closed_on", "education_group_id"),
    INSTITUTION_MEMBERSHIP("institution_membership", "institution_id", "org_unit_id", "valid_from", "valid_to"),
    INSTITUTION_TITLE("institution_title", "institution_id", "title", "level", "awarded_year"),
    POPULATION_SOURCE("population_source", "id", "name", "version", "description"),
    POPULATION_ESTIMATE("population_estimate", "source_id", "org_unit_id", "year", "age", "sex",
            "population_group", "count"),
    LEARNER("learner", "id", "key", "sex", "birth_date", "disability", "hukou_type"),
    LEARNER_IDENTITY("learner_identity", "learner_id", "national_student_number", "id_number"),
    SCHOOL_CLASS("school_class", "id", "institution_id", "school_year", "grade", "name_zh", "kind", "size"),
    ENROLMENT("enrolment", "school_year", "learner_id", "institution_id", "grade", "class_id", "status",
            "destination", "delivery", "sex", "age", "disability"),
    TEACHER("teacher", "id", "key", "sex", "birth_date"),
    TEACHER_ASSIGNMENT("teacher_assignment", "school_year", "teacher_id", "institution_id", "post", "stage",
            "subject", "professional_course", "highest_degree", "ece_trained", "certificate", "dual_qualified",
            "training_hours", "backbone_level"),
    FACILITY("facility", "institution_id", "school_year", "building_area_m2", "sports_area_m2",
            "equipment_value_yuan", "multimedia_classrooms", "books", "teaching_aux_area_m2", "indoor_sports_area_m2"),
    FITNESS_RESULT("fitness_result", "school_year", "learner_id", "institution_id", "grade", "total_score", "rating",
            "sex", "height_cm", "weight_kg", "vital_capacity_ml", "run_50m_s", "sit_and_reach_cm", "rope_skip_1min",
            "sit_up_1min", "run_50x8_s", "standing_long_jump_cm", "pull_up", "run_800m_s", "run_1000m_s", "bmi",
            "bmi_score", "vital_capacity_score", "run_50m_score", "sit_and_reach_score", "rope_skip_1min_score",
            "sit_up_1min_score", "run_50x8_score", "standing_long_jump_score", "pull_up_score", "run_800m_score",
            "run_1000m_score", "standard_score", "bonus"),
    EXAM_RESULT("exam_result", "school_year", "learner_id", "institution_id", "grade", "subject", "scale_score"),
    GRADUATE_RETURN("graduate_return", "institution_id", "graduation_year", "stage", "graduates", "further_study");

    private final String tableName;
    private final List<String> columns;

    DemoTable(String tableName, String... columns) {
        this.tableName = tableName;
        this.columns = List.of(columns);
    }

    public String tableName() {
        return tableName;
    }

    public List<String> columns() {
        return columns;
    }
}
