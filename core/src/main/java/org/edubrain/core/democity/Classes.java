package org.edubrain.core.democity;

import java.util.Arrays;
import java.util.List;

import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.shared.IntList;

/**
 * Forms the classes (班级) of every institution, grade and school year from 2019/20: as few
 * classes as the class-size limits allow (幼儿园工作规程: 25/30/35 by kindergarten year;
 * GB 50099-2011 3.0.1: 45 in primary, 50 in secondary school; 12 in special schools), of even
 * sizes. Some crowded urban primary schools run classes of up to 48 (偏大班额, 46–55). Learners
 * taught at home (送教上门) belong to no class.
 */
final class Classes {

    final IntList institution = new IntList();
    final IntList year = new IntList();
    final IntList grade = new IntList();
    final IntList number = new IntList();
    final IntList size = new IntList();
    final IntList special = new IntList();

    Classes(Rows rows, List<Inst> institutions, int fromYear) {
        int home = Delivery.HOME.ordinal();
        int n = 0;
        long[] keys = new long[rows.size];
        for (int r = 0; r < rows.size; r++) {
            if (rows.year[r] >= fromYear && rows.delivery[r] != home) {
                long key = ((long) rows.year[r] << 24 | (long) rows.institution[r] << 5 | rows.grade[r]);
                keys[n++] = key << 28 | r;
            }
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.sort(keys);
        int start = 0;
        while (start < n) {
            long groupKey = keys[start] >>> 28;
            int end = start;
            while (end < n && keys[end] >>> 28 == groupKey) {
                end++;
            }
            int r0 = (int) (keys[start] & ((1L << 28) - 1));
            Inst inst = institutions.get(rows.institution[r0]);
            Grade g = Grade.values()[rows.grade[r0]];
            int members = end - start;
            int max = maxSize(inst, g);
            int classes = (members + max - 1) / max;
            int firstId = size.size() + 1;
            for (int k = 0; k < classes; k++) {
                institution.add(rows.institution[r0]);
                year.add(rows.year[r0]);
                grade.add(g.ordinal());
                number.add(k + 1);
                size.add(members / classes + (k < members % classes ? 1 : 0));
                special.add(inst.type == SchoolType.SPECIAL ? 1 : 0);
            }
            for (int i = start; i < end; i++) {
                int r = (int) (keys[i] & ((1L << 28) - 1));
                // members are dealt out in turn, so class k gets the k-th, (k+classes)-th, ... learner
                rows.classId[r] = firstId + (i - start) % classes;
            }
            start = end;
        }
    }

    static int maxSize(Inst inst, Grade g) {
        if (inst.type == SchoolType.SPECIAL) {
            return 12;
        }
        return switch (g.stage()) {
            case PRESCHOOL -> 20 + 5 * g.yearOfStage();
            case PRIMARY -> inst.crowded ? 48 : 45;
            case JUNIOR, SENIOR, HIGHER_VOCATIONAL -> 50;
            default -> 45;
        };
    }

    static String name(Grade g, int number) {
        if (g.stage() == org.edubrain.core.registry.Stage.PRESCHOOL) {
            String[] cn = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
            return g.nameZh().charAt(0) + (number <= 10 ? cn[number - 1] : String.valueOf(number)) + "班";
        }
        return g.nameZh() + "(" + number + ")班";
    }
}
