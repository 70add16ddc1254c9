package org.edubrain.core.registry;

/**
 * The subject a teacher teaches (任教学科), or the post of a non-teaching member of staff.
 */
public enum Subject implements Coded {
    CHINESE("chinese", "语文", "Chinese"),
    MATHEMATICS("mathematics", "数学", "mathematics"),
    ENGLISH("english", "英语", "English"),
    MORALITY_LAW("morality_law", "道德与法治", "morality and law"),
    POLITICS("politics", "思想政治", "politics"),
    SCIENCE("science", "科学", "science"),
    PHYSICS("physics", "物理", "physics"),
    CHEMISTRY("chemistry", "化学", "chemistry"),
    BIOLOGY("biology", "生物", "biology"),
    HISTORY("history", "历史", "history"),
    GEOGRAPHY("geography", "地理", "geography"),
    PHYSICAL_EDUCATION("physical_education", "体育与健康", "physical education and health"),
    MUSIC("music", "音乐", "music"),
    ART("art", "美术", "art"),
    INFORMATION_TECHNOLOGY("information_technology", "信息技术", "information technology"),
    MENTAL_HEALTH("mental_health", "心理健康", "mental health"),
    LABOUR("labour", "劳动", "labour education"),
    EARLY_CHILDHOOD("early_childhood", "学前教育（保教）", "early-childhood education"),
    SPECIAL_EDUCATION("special_education", "特殊教育", "special education"),
    PROFESSIONAL_COURSE("professional_course", "专业课", "professional (vocational) course"),
    GENERAL_COURSE("general_course", "公共基础课", "general course"),
    HEALTH_CARE("health_care", "卫生保健", "school health care");

    private final Label label;

    Subject(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    public static Subject ofCode(String code) {
        return Coded.ofCode(Subject.class, code);
    }
}
