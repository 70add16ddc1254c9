package org.edubrain.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.DataSets;

/**
 * Writes a learner file for the import benchmark: N primary and junior pupils of school year 2025,
 * none in the registry, spread over the open schools of an institutions export, each with a
 * valid resident ID number (GB 11643 check digit) and the national student number G + ID.
 *
 * <p>Usage: {@code LearnerFiles INSTITUTIONS.csv ROWS OUT.csv|OUT.xlsx FIRST_SEQUENCE}
 * (the sequence makes the ID numbers of two files differ). The xlsx is written as a spreadsheet
 * program writes one (shared-string-free inline strings, one sheet), streamed, so that its size
 * is not limited by memory.
 */
public final class LearnerFiles {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private LearnerFiles() {
    }

    /** GB 11643-1999 §8.2: ISO 7064 MOD 11-2 over the first 17 digits. */
    static char checkDigit(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    record School(String code, String type) {
    }

    static List<School> schools(Path institutions) throws IOException {
        List<School> out = new ArrayList<>();
        for (String line : Files.readAllLines(institutions, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            // code, name, English name, type "211 小学", ownership, inclusive, urban, street, opened, closed, district, zone
            if (f.length >= 10 && f[0].matches("\\d{10}") && f[9].isEmpty() && (f[3].startsWith("211 ") || f[3].startsWith("311 "))) {
                out.add(new School(f[0], f[3].substring(0, 3)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no open primary or junior school in " + institutions);
        }
        return out;
    }

    /** The cells of row i (0-based). */
    static String[] row(long i, List<School> schools, long firstSequence) {
        School s = schools.get((int) (i % schools.size()));
        boolean primary = s.type().equals("211");
        int grade = (int) ((i / schools.size()) % (primary ? 6 : 3));
        int age = primary ? 6 + grade : 12 + grade;
        int birthYear = 2025 - age - 1;
        long seq = firstSequence + i;
        // seq → (region 01–99, day 1–336 of 12 × 28, order 0–499): unique for 16.6 million rows
        int region = 1 + (int) (seq % 99);
        int dayIndex = (int) (seq / 99 % 336);
        int month = 1 + dayIndex / 28;
        int day = 1 + dayIndex % 28;
        int order = (int) (seq / (99 * 336) % 500);
        int sex = 1 + (int) (seq % 2);
        StringBuilder id = new StringBuilder(18);
        id.append(String.format("%04d%02d%04d%02d%02d", 2102, region, birthYear, month, day));
        // the 17th digit is odd for men, even for women (GB 11643 §5.3)
        id.append(String.format("%03d", order * 2 + (sex == 1 ? 1 : 0)));
        id.append(checkDigit(id));
        String grd = (primary ? "P" : "J") + (grade + 1);
        return new String[] {"G" + id, id.toString(), String.valueOf(sex), String.format("%04d-%02d-%02d", birthYear, month, day), "",
                "local", "2025", s.code(), grd, "", "enrolled", "", "on_site"};
    }

    public static void main(String[] args) throws IOException {
        List<School> schools = schools(Path.of(args[0]));
        long rows = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        long first = args.length > 3 ? Long.parseLong(args[3]) : 0;
        List<String> header = DataSets.LEARNERS.columns().stream().map(Column::headerZh).toList();
        if (out.toString().endsWith(".xlsx")) {
            xlsx(out, header, rows, schools, first);
        } else {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write(String.join(",", header));
                w.write('\n');
                for (long i = 0; i < rows; i++) {
                    w.write(String.join(",", row(i, schools, first)));
                    w.write('\n');
                }
            }
        }
        System.out.printf("%s: %,d rows, %,d bytes%n", out, rows, Files.size(out));
    }

    private static void xlsx(Path out, List<String> header, long rows, List<School> schools, long first) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="学生" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                    + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            sheetRow(w, 1, header.toArray(String[]::new));
            for (long i = 0; i < rows; i++) {
                sheetRow(w, i + 2, row(i, schools, first));
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void sheetRow(Writer w, long r, String[] cells) throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isEmpty()) {
                continue;
            }
            w.write("<c r=\"" + (char) ('A' + c) + r + "\" t=\"inlineStr\"><is><t>" + cells[c] + "</t></is></c>");
        }
        w.write("</row>");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
