package org.edubrain.core.registry;

/**
 * Status of a learner's enrolment (学籍状态) in one school year, as it stands at the end of that
 * school year or when the enrolment ended.
 *
 * <p>One enrolment row exists per learner and school year: the learner's institution, grade and
 * class on the census day. Moves happen between school years, so a learner who transfers in
 * appears first on a census day with {@link #TRANSFERRED_IN}; an exit status closes the
 * learner's path at the end of that school year.
 */
public enum EnrolmentStatus implements Coded {
    /** 在籍: on the roll and continuing. */
    ENROLLED("enrolled", "在籍", "enrolled", false),
    /** 转入: arrived this school year from outside the city's system, still enrolled at its end. */
    TRANSFERRED_IN("transferred_in", "转入", "transferred in", false),
    /** 转出: left the city's system at the end of this school year. */
    TRANSFERRED_OUT("transferred_out", "转出", "transferred out", true),
    /** 毕业: completed the final grade of the stage at the end of this school year. */
    GRADUATED("graduated", "毕业", "graduated", true),
    /** 辍学: left without completing the stage. */
    DROPPED_OUT("dropped_out", "辍学", "dropped out", true),
    /** 死亡. */
    DECEASED("deceased", "死亡", "deceased", true);

    private final Label label;
    private final boolean exit;

    EnrolmentStatus(String code, String nameZh, String nameEn, boolean exit) {
        this.label = new Label(code, nameZh, nameEn);
        this.exit = exit;
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether this status ends the enrolment at this institution and stage. */
    public boolean isExit() {
        return exit;
    }

    public static EnrolmentStatus ofCode(String code) {
        return Coded.ofCode(EnrolmentStatus.class, code);
    }
}
