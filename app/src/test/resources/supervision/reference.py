#!/usr/bin/env python3
"""An independent computation of 资源配置 under 教督〔2017〕6号, as read in shared/research/standards.md §2.2,
written apart from the Java code (exact fractions; only the square root is in floating point).

Writes golden-schools.csv (random counties, both levels, edge values at thresholds and floors,
and counties whose coefficient is exactly at its limit) and
golden-expected.json (each school's values, met and passes; each county's cv, cv_within_limit,
all_schools_pass and passes). Regenerate: python3 reference.py (seeded; the output is stable).
"""
import csv, json, random
from fractions import Fraction as F
from decimal import Decimal, getcontext

getcontext().prec = 40
KEYS = [("teachers_above_required_degree", "teachers_above_required_degree_per_100", 100, "4.2", "5.3"),
        ("backbone_teachers", "backbone_teachers_per_100", 100, "1", "1"),
        ("pe_art_teachers", "pe_art_teachers_per_100", 100, "0.9", "0.9"),
        ("teaching_aux_area_m2", "teaching_aux_area_per_student", 1, "4.5", "5.8"),
        ("sports_area_m2", "sports_area_per_student", 1, "7.5", "10.2"),
        ("equipment_value_yuan", "equipment_value_per_student", 1, "2000", "2500"),
        ("multimedia_classrooms", "multimedia_classrooms_per_100", 100, "2.3", "2.4")]
LIMIT = {"primary": F("0.50"), "junior": F("0.45")}
WHOLE = {"teachers_above_required_degree", "backbone_teachers", "pe_art_teachers", "multimedia_classrooms"}

def threshold(k, level):
    return F(k[3] if level == "primary" else k[4])

def main():
    rnd = random.Random(2017_6)
    rows = []
    for c in range(40):
        county = "C%02d" % c
        for level in ("primary", "junior"):
            n = rnd.randint(1, 25)
            # a county either close to the line or all over the place
            spread = rnd.choice([0.15, 0.4, 0.9])
            for i in range(n):
                students = rnd.randint(20, 3000)
                row = {"county": county, "school_id": "%s-%s-%02d" % (county, level[0], i), "level": level, "students": students}
                for k in KEYS:
                    t = threshold(k, level)
                    pick = rnd.random()
                    if pick < 0.08:
                        v = t                      # exactly at the threshold
                    elif pick < 0.14:
                        v = t * F(85, 100)          # exactly at the floor
                    else:
                        v = t * F(max(0.0, rnd.gauss(1.25, spread))).limit_denominator(1000)
                    amount = v * students / k[2]
                    if k[0] in WHOLE:
                        amount = F(round(amount)) if pick >= 0.14 else amount
                    else:
                        amount = F(round(amount * 10), 10) if pick >= 0.14 else amount
                    row[k[0]] = amount
                rows.append(row)
    # counties whose coefficient is exactly at the limit (equal enrolments: CV = |r1 - r2| / (r1 + r2)):
    # 1 : 3 gives 0.50, 11 : 29 gives 0.45 — within; one unit more — outside
    for level, (a, b) in (("primary", (769, 3 * 769)), ("junior", (1100, 2900))):
        for extra in (0, 1):
            county = "E%s%d" % (level[0], extra)
            for i, r in enumerate((a, b + extra)):
                row = {"county": county, "school_id": "%s-%d" % (county, i), "level": level, "students": 879 if level == "primary" else 500}
                for k in KEYS:
                    row[k[0]] = threshold(k, level) * 2 * row["students"] / k[2]
                row["multimedia_classrooms"] = F(r)
                rows.append(row)
    with open("golden-schools.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["county", "school_id", "level", "students"] + [k[0] for k in KEYS])
        for r in rows:
            w.writerow([r["county"], r["school_id"], r["level"], r["students"]]
                       + [str(Decimal(r[k[0]].numerator) / Decimal(r[k[0]].denominator)) if r[k[0]].denominator != 1 else str(r[k[0]].numerator)
                          for k in KEYS])
    # read back what was written (the decimals in the file are what the command sees)
    with open("golden-schools.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    schools, groups = [], {}
    for r in rows:
        level, n = r["level"], F(r["students"])
        values, met = {}, {}
        count, floors = 0, True
        for k in KEYS:
            v = F(r[k[0]]) * k[2] / n
            t = threshold(k, level)
            values[k[1]] = float(v)
            met[k[1]] = v >= t
            if v >= t:
                count += 1
            elif v < t * F(85, 100):
                floors = False
        passes = count >= 6 and floors
        schools.append({"county": r["county"], "school_id": r["school_id"], "level": level, "values": values, "met": met, "passes": passes})
        groups.setdefault((r["county"], level), []).append((r, passes))
    counties = []
    for (county, level), g in groups.items():
        N = sum(F(r["students"]) for r, _ in g)
        cv, within = {}, {}
        for k in KEYS:
            total = sum(F(r[k[0]]) for r, _ in g)
            mean = total / N
            if mean == 0:
                # no school has the resource: all equal, no variation
                cv[k[1]], within[k[1]] = 0.0, True
                continue
            var = sum(F(r["students"]) / N * (F(r[k[0]]) / F(r["students"]) - mean) ** 2 for r, _ in g)
            c = (Decimal(var.numerator) / Decimal(var.denominator)).sqrt() / (Decimal(mean.numerator) / Decimal(mean.denominator))
            cv[k[1]] = float(c)
            # decided exactly: CV <= L  <=>  variance <= L^2 * mean^2
            within[k[1]] = var <= LIMIT[level] ** 2 * mean ** 2
        all_pass = all(p for _, p in g)
        counties.append({"county": county, "level": level, "cv": cv, "cv_within_limit": within, "all_schools_pass": all_pass,
                         "passes": all_pass and all(within.values())})
    with open("golden-expected.json", "w", encoding="utf-8") as f:
        json.dump({"schools": schools, "counties": counties}, f, ensure_ascii=False, indent=1)

main()
