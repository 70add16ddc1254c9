package org.edubrain.core.democity;

import java.util.ArrayList;
import java.util.List;

import org.edubrain.core.registry.Ownership;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Stage;

/** A planned institution of the demo city, with what the simulation needs to fill it. */
final class Inst {

    /** A title with the year it was awarded. */
    record Title(String code, String level, int awardedYear) {
    }

    final int id;
    final String code;
    final String nameZh;
    final String nameEn;
    final SchoolType type;
    final Ownership ownership;
    final int district;
    final String street;
    final boolean urban;
    boolean inclusive;
    /** Statistical year from which it takes learners. */
    int openedYear;
    int openedDay;
    /** First statistical year without new entrants (0: takes entrants throughout). */
    int intakeStopsYear;
    /** Closing date as an epoch day, 0 while open. */
    int closedDay;
    /** Relative size, used to share learners among institutions. */
    double weight;
    /** Index of the functional zone, −1 for none. */
    int zone = -1;
    /** District it moves to, −1 for none, and the statistical year of the move. */
    int movedToDistrict = -1;
    int movedYear;
    int groupId;
    boolean crowded;
    final List<Title> titles = new ArrayList<>();

    Inst(int id, String code, String nameZh, String nameEn, SchoolType type, Ownership ownership, int district,
            String street, boolean urban) {
        this.id = id;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.type = type;
        this.ownership = ownership;
        this.district = district;
        this.street = street;
        this.urban = urban;
    }

    boolean teaches(Stage stage) {
        return type.teaches(stage);
    }

    /** Whether it is open and takes new learners in the statistical year. */
    boolean takesEntrants(int year) {
        return year >= openedYear && (intakeStopsYear == 0 || year < intakeStopsYear);
    }

    /** The district it belongs to in the statistical year. */
    int districtIn(int year) {
        return movedToDistrict >= 0 && year >= movedYear ? movedToDistrict : district;
    }
}
