package org.edubrain.core.registry;

/**
 * Destination of a graduate (毕业去向), recorded on the enrolment row of the graduating year.
 */
public enum Destination implements Coded {
    /** 升学: continues to a further level, inside or outside the city's registry. */
    FURTHER_STUDY("further_study", "升学", "further study"),
    /** 就业: enters employment. */
    EMPLOYMENT("employment", "就业", "employment"),
    /** 其他: neither (waiting, military service, unknown). */
    OTHER("other", "其他", "other");

    private final Label label;

    Destination(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
