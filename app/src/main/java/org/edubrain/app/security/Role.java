package org.edubrain.app.security;

import org.edubrain.core.registry.Coded;

/**
 * What a user may do. Every user also has a scope (an org unit or an institution) that filters
 * every query they make.
 */
public enum Role implements Coded {
    /** 市级管理员: everything in the city, users, audit. */
    CITY_ADMIN("city_admin", "市级管理员", "city administrator"),
    /** 区级管理员: the registry of one district or zone. */
    DISTRICT_ADMIN("district_admin", "区级管理员", "district administrator"),
    /** 学校管理员: one institution's records. */
    SCHOOL_ADMIN("school_admin", "学校管理员", "school administrator"),
    /** 督学: reads institutions and learners in scope, never identity numbers; files supervision findings with evidence. */
    SUPERVISOR("supervisor", "督学", "supervisor"),
    /** 分析员: reads aggregates and institutions in scope, no learner-level records. */
    ANALYST("analyst", "分析员（只读）", "analyst (read-only)");

    private final Label label;

    Role(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The Spring Security authority. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** May see learner-level records (lists of learners, a learner's history). */
    public boolean seesLearners() {
        return this != ANALYST;
    }

    /** May reveal a learner's ID number and national student number (each reveal is audited). */
    public boolean revealsIdentity() {
        return this == CITY_ADMIN || this == DISTRICT_ADMIN || this == SCHOOL_ADMIN;
    }

    public static Role ofCode(String code) {
        return Coded.ofCode(Role.class, code);
    }
}
