package org.edubrain.app.shared;

import java.util.Locale;

import org.edubrain.core.registry.Destination;
import org.edubrain.core.registry.DisabilityCategory;
import org.edubrain.core.registry.EnrolmentStatus;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.HukouType;
import org.edubrain.core.registry.Post;
import org.edubrain.core.registry.Stage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of the registry's codes in the reader's language, for the pages ({@code ${@labels...}}).
 */
@Component("labels")
public class Labels {

    public boolean english() {
        Locale l = LocaleContextHolder.getLocale();
        return l != null && "en".equals(l.getLanguage());
    }

    /** The English text when the reader reads English and there is one, else the Chinese. */
    public String pick(String zh, String en) {
        return english() && en != null && !en.isBlank() ? en : zh;
    }


    public String grade(String code) {
        if (code == null) {
            return "";
        }
        Grade g = Grade.ofCode(code);
        return pick(g.nameZh(), g.nameEn());
    }

    public String stage(String code) {
        if (code == null) {
            return "";
        }
        Stage s = Stage.ofCode(code);
        return pick(s.nameZh(), s.nameEn());
    }

    public String status(String code) {
        if (code == null) {
            return "";
        }
        EnrolmentStatus s = EnrolmentStatus.ofCode(code);
        return pick(s.nameZh(), s.nameEn());
    }

    public String destination(String code) {
        if (code == null) {
            return "";
        }
        for (Destination d : Destination.values()) {
            if (d.code().equals(code)) {
                return pick(d.nameZh(), d.nameEn());
            }
        }
        return code;
    }

    public String delivery(String code) {
        return "home".equals(code) ? pick("送教上门", "home-delivered") : pick("在校就读", "at school");
    }

    public String disability(String code) {
        if (code == null) {
            return pick("无", "none");
        }
        DisabilityCategory d = DisabilityCategory.ofCode(code);
        return pick(d.nameZh(), d.nameEn());
    }

    public String hukou(String code) {
        for (HukouType h : HukouType.values()) {
            if (h.code().equals(code)) {
                return pick(h.nameZh(), h.nameEn());
            }
        }
        return code;
    }

    public String post(String code) {
        for (Post p : Post.values()) {
            if (p.code().equals(code)) {
                return pick(p.nameZh(), p.nameEn());
            }
        }
        return code;
    }

    public String sex(String code) {
        return "1".equals(code) ? pick("男", "male") : "2".equals(code) ? pick("女", "female") : "";
    }

    public String title(String code) {
        return switch (code) {
            case "model_high_school" -> pick("示范性普通高中", "model high school");
            case "characteristic_high_school" -> pick("特色普通高中", "characteristic high school");
            case "demonstration_kindergarten" -> pick("示范幼儿园", "demonstration kindergarten");
            case "standardised_management" -> pick("管理标准化示范校", "standardised-management model school");
            case "labour_education_model" -> pick("劳动教育示范校", "labour-education model school");
            case "campus_football" -> pick("校园足球特色学校", "campus football school");
            default -> code;
        };
    }

    public String level(String code) {
        return switch (code) {
            case "national" -> pick("国家级", "national");
            case "provincial" -> pick("省级", "provincial");
            case "city" -> pick("市级", "city");
            case "district" -> pick("区级", "district");
            default -> code;
        };
    }

    public String role(String code) {
        return switch (code) {
            case "city_admin" -> pick("市级管理员", "city administrator");
            case "district_admin" -> pick("区级管理员", "district administrator");
            case "school_admin" -> pick("学校管理员", "school administrator");
            case "supervisor" -> pick("督学", "supervisor");
            case "analyst" -> pick("分析员（只读）", "analyst (read-only)");
            default -> code;
        };
    }

    /** A statistical year as its school year: 2020 → 2020学年（2020/21）. */
    public String year(int year) {
        String next = String.format("%02d", (year + 1) % 100);
        return english() ? year + " (" + year + "/" + next + ")" : year + "学年（" + year + "/" + next + "）";
    }
}
