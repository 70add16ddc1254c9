package org.edubrain.core.democity;

import java.util.Arrays;

/** The demo city's learners, column by column (id = index + 1). */
final class Learners {

    byte[] sex = new byte[1024];
    int[] birthDay = new int[1024];
    /** 0 none, else the GB/T 26341 category code. */
    byte[] disability = new byte[1024];
    byte[] hukou = new byte[1024];
    /** The institution the learner attends now (simulation state). */
    int[] institution = new int[1024];
    /** The learner's enrolment row of the current school year (simulation state). */
    int[] row = new int[1024];
    /** 0 regular, 1 special school, 2 home-delivered teaching (simulation state). */
    byte[] placement = new byte[1024];
    int size;

    int add(int sexIndex, int birth, int disabilityCode, int hukouIndex) {
        if (size == sex.length) {
            int n = size + (size >> 1);
            sex = Arrays.copyOf(sex, n);
            birthDay = Arrays.copyOf(birthDay, n);
            disability = Arrays.copyOf(disability, n);
            hukou = Arrays.copyOf(hukou, n);
            institution = Arrays.copyOf(institution, n);
            row = Arrays.copyOf(row, n);
            placement = Arrays.copyOf(placement, n);
        }
        sex[size] = (byte) sexIndex;
        birthDay[size] = birth;
        disability[size] = (byte) disabilityCode;
        hukou[size] = (byte) hukouIndex;
        institution[size] = -1;
        row[size] = -1;
        return size++;
    }
}
