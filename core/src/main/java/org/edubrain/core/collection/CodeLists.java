package org.edubrain.core.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.registry.BackboneLevel;
import org.edubrain.core.registry.Coded;
import org.edubrain.core.registry.Degree;
import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.Destination;
import org.edubrain.core.registry.DisabilityCategory;
import org.edubrain.core.registry.EnrolmentStatus;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.HukouType;
import org.edubrain.core.registry.Ownership;
import org.edubrain.core.registry.Post;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Sex;
import org.edubrain.core.registry.Stage;
import org.edubrain.core.registry.Subject;
import org.edubrain.core.registry.TeacherCertificate;

/**
 * The code lists of the data sets: the registry's (GB/T 2261.1 sex, GB/T 26341 disability, JY/T
 * 1001 institution types, …) and, added by the application, those read from the database (the
 * city's districts, zones and org units).
 */
public final class CodeLists {

    private final Map<String, CodeList> lists = new HashMap<>();

    private CodeLists() {
    }

    /** The lists that do not depend on the city. */
    public static CodeLists standard() {
        CodeLists c = new CodeLists();
        // M/F: the letters of `edubrain fitness score` files and of many vendors' exports
        c.add(CodeList.of("sex", Sex.class).withAliases(Map.of("M", "1", "F", "2", "m", "1", "f", "2")));
        c.add(CodeList.of("disability", DisabilityCategory.class));
        c.add(CodeList.of("hukou", HukouType.class));
        Map<String, String> national = new java.util.LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            if (!g.nationalCode().isEmpty()) {
                national.put(g.nationalCode(), g.code());
            }
        }
        c.add(CodeList.of("grade", Grade.class).withAliases(national));
        c.add(CodeList.of("enrolment_status", EnrolmentStatus.class));
        c.add(CodeList.of("destination", Destination.class));
        c.add(CodeList.of("delivery", Delivery.class));
        c.add(CodeList.of("school_type", SchoolType.class));
        c.add(CodeList.of("ownership", Ownership.class));
        c.add(CodeList.of("post", Post.class));
        c.add(CodeList.of("stage", Stage.class));
        c.add(CodeList.of("subject", Subject.class));
        c.add(CodeList.of("degree", Degree.class));
        c.add(CodeList.of("certificate", TeacherCertificate.class));
        c.add(CodeList.of("backbone_level", BackboneLevel.class));
        c.add(new CodeList("class_kind", List.of(new Coded.Label("regular", "普通班", "regular class"),
                new Coded.Label("special", "特教班", "special-education class"))));
        c.add(new CodeList("population_group", List.of(new Coded.Label("resident", "常住人口", "resident population"),
                new Coded.Label("disabled_register", "残疾人登记", "disabled persons' register"))));
        // the subjects of 学业水平测试 (exam_results), coded as the SGP long format's CONTENT_AREA
        c.add(new CodeList("exam_subject", List.of(new Coded.Label("MATHEMATICS", "数学", "mathematics"),
                new Coded.Label("READING", "语文", "reading"))));
        return c;
    }

    /** These lists with another one added (or replaced). */
    public CodeLists with(CodeList list) {
        CodeLists c = new CodeLists();
        c.lists.putAll(lists);
        c.add(list);
        return c;
    }

    private void add(CodeList list) {
        lists.put(list.name(), list);
    }

    public CodeList get(String name) {
        CodeList l = lists.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no code list " + name);
        }
        return l;
    }

    public boolean has(String name) {
        return lists.containsKey(name);
    }
}
