package org.edubrain.core.democity;

import java.util.Arrays;

/** The demo city's enrolment rows, column by column. */
final class Rows {

    short[] year = new short[4096];
    int[] learner = new int[4096];
    int[] institution = new int[4096];
    byte[] grade = new byte[4096];
    int[] classId = new int[4096];
    /** EnrolmentStatus ordinal. */
    byte[] status = new byte[4096];
    /** Destination ordinal, −1 for none. */
    byte[] destination = new byte[4096];
    /** Delivery ordinal. */
    byte[] delivery = new byte[4096];
    int size;

    int add(int y, int learnerIndex, int institutionIndex, int gradeOrdinal, int statusOrdinal, int deliveryOrdinal) {
        if (size == year.length) {
            int n = size + (size >> 1);
            year = Arrays.copyOf(year, n);
            learner = Arrays.copyOf(learner, n);
            institution = Arrays.copyOf(institution, n);
            grade = Arrays.copyOf(grade, n);
            classId = Arrays.copyOf(classId, n);
            status = Arrays.copyOf(status, n);
            destination = Arrays.copyOf(destination, n);
            delivery = Arrays.copyOf(delivery, n);
        }
        year[size] = (short) y;
        learner[size] = learnerIndex;
        institution[size] = institutionIndex;
        grade[size] = (byte) gradeOrdinal;
        classId[size] = 0;
        status[size] = (byte) statusOrdinal;
        destination[size] = -1;
        delivery[size] = (byte) deliveryOrdinal;
        return size++;
    }
}
