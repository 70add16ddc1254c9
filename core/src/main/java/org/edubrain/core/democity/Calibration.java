package org.edubrain.core.democity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real figures the demo city is calibrated with: Dalian's ten county-level units with their
 * 2020 census populations and age groups ({@code dalian-2020.csv}, sources in the README beside it).
 */
final class Calibration {

    /** One county-level unit of the 2020 census. */
    record District(int index, String code, String nameZh, String nameEn, String kind, int population,
            double areaKm2, int age0, int age1to4, int age5to9, int age10to14, int age15to19, double pct65plus,
            double pctUrban, double pctOtherProvince, double avgSchooling) {

        boolean urban() {
            return pctUrban >= 90;
        }
    }

    static final String CITY_CODE = "210200";
    static final String CITY_NAME_ZH = "大连市";
    static final String CITY_NAME_EN = "Dalian";
    static final double CITY_AREA_KM2 = 12574;

    private Calibration() {
    }

    static List<District> districts() {
        try (InputStream in = Calibration.class.getResourceAsStream("dalian-2020.csv")) {
            if (in == null) {
                throw new IllegalStateException("dalian-2020.csv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<District> out = new ArrayList<>();
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                out.add(new District(out.size(), f[0], f[1], f[2], f[3], Integer.parseInt(f[4]),
                        Double.parseDouble(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                        Integer.parseInt(f[8]), Integer.parseInt(f[9]), Integer.parseInt(f[10]),
                        Double.parseDouble(f[11]), Double.parseDouble(f[12]), Double.parseDouble(f[13]),
                        Double.parseDouble(f[14])));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
