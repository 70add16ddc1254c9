package org.edubrain.app.shared;

import java.util.Locale;

import org.edubrain.core.registry.Coded;
import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.Destination;
import org.edubrain.core.registry.DisabilityCategory;
import org.edubrain.core.registry.EnrolmentStatus;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.HukouType;
import org.edubrain.core.registry.Post;
import org.edubrain.core.registry.Sex;
import org.edubrain.core.registry.Stage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of the registry's codes in the reader's language, for the pages ({@code ${@labels...}}).
 */
@Component("labels")
public class Labels {

    private static final String[][] TITLES = {
        {"model_high_school", "示范性普通高中", "model high school"},
        {"characteristic_high_school", "特色普通高中", "characteristic high school"},
        {"demonstration_kindergarten", "示范幼儿园", "demonstration kindergarten"},
        {"standardised_management", "管理标准化示范校", "standardised-management model school"},
        {"labour_education_model", "劳动教育示范校", "labour-education model school"},
        {"campus_football", "校园足球特色学校", "campus football school"},
        {"national", "国家级", "national"}, {"provincial", "省级", "provincial"}, {"city", "市级", "city"},
        {"district", "区级", "district"},
        {"city_admin", "市级管理员", "city administrator"}, {"district_admin", "区级管理员", "district administrator"},
        {"school_admin", "学校管理员", "school administrator"}, {"supervisor", "督学", "supervisor"},
        {"analyst", "分析员（只读）", "analyst (read-only)"}};

    public boolean english() {
        Locale l = LocaleContextHolder.getLocale();
        return l != null && "en".equals(l.getLanguage());
    }

    /** The English text when the reader reads English and there is one, else the Chinese. */
    public String pick(String zh, String en) {
        return english() && en != null && !en.isBlank() ? en : zh;
    }

    private <E extends Enum<E> & Coded> String name(Class<E> list, String code) {
        if (code == null) {
            return "";
        }
        E value = Coded.ofCodeOrNull(list, code);
        return value == null ? code : pick(value.nameZh(), value.nameEn());
    }

    private String fixed(String code) {
        for (String[] t : TITLES) {
            if (t[0].equals(code)) {
                return pick(t[1], t[2]);
            }
        }
        return code;
    }

    public String grade(String code) {
        return name(Grade.class, code);
    }

    public String stage(String code) {
        return name(Stage.class, code);
    }

    public String status(String code) {
        return name(EnrolmentStatus.class, code);
    }

    public String destination(String code) {
        return name(Destination.class, code);
    }

    public String delivery(String code) {
        return name(Delivery.class, code);
    }

    public String disability(String code) {
        return code == null ? pick("无", "none") : name(DisabilityCategory.class, code);
    }

    public String hukou(String code) {
        return name(HukouType.class, code);
    }

    public String post(String code) {
        return name(Post.class, code);
    }

    public String sex(String code) {
        return name(Sex.class, code);
    }

    /** Titles, their levels and roles, by code. */
    public String title(String code) {
        return fixed(code);
    }

    public String level(String code) {
        return fixed(code);
    }

    public String role(String code) {
        return fixed(code);
    }

    /** A plan status (on_track, at_risk, off_track, no_data). */
    public String planStatus(String code) {
        if (code == null) {
            return pick("暂无数据", "no data");
        }
        for (org.edubrain.core.plan.Status s : org.edubrain.core.plan.Status.values()) {
            if (s.code().equals(code)) {
                return pick(s.nameZh(), s.nameEn());
            }
        }
        return code;
    }

    public String rule(String code) {
        return switch (code) {
            case "at_least" -> pick("不低于目标", "at least the target");
            case "at_most" -> pick("不高于目标", "at most the target");
            case "keep_high" -> pick("保持高水平（不低于基线）", "keep high (not below the baseline)");
            default -> code;
        };
    }

    /** A statistical year as its school year: 2020 → 2020学年（2020/21）. */
    public String year(int year) {
        String next = String.format("%02d", (year + 1) % 100);
        return english() ? year + " (" + year + "/" + next + ")" : year + "学年（" + year + "/" + next + "）";
    }
}
