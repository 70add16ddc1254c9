package org.edubrain.app.collection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;

/**
 * The first sheet of an xlsx workbook, read as a stream: the sheet's XML is parsed with StAX one
 * row at a time, and the shared strings are kept as UTF-8 bytes in one array (a few bytes a
 * string), so that memory stays flat in the size of the file. Cells arrive as text: numbers as
 * written, dates (numbers in a date format) as {@code 2024-09-01}, booleans as true/false.
 *
 * <p>Refused whole: a file that is not an xlsx workbook (an .xls is named as such), a damaged or
 * truncated archive, and a zip bomb (a part that inflates more than the limits allow; POI's
 * {@link ZipSecureFile} checks). A cell with a formula is reported, not evaluated.
 */
final class XlsxSource implements TableSource {

    private static final XMLInputFactory XML = xmlFactory();

    /**
     * Aalto's StAX parser (a sheet of a million rows parses in 2 s instead of the JDK parser's 5 s),
     * hardened as POI hardens its own (XMLHelper): no DTD, hence no entities of the file's own, and no external ones.
     */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    private final OPCPackage pkg;
    private final InputStream sheetStream;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final String file;
    private final String sheet;
    /** Cells beyond this column (IV) are refused: a stray far cell would otherwise cost a row of that width. */
    static final int MAX_COLUMNS = 256;

    private final int maxRows;
    private int rows;
    /** The number of the row being read, 0 between rows. */
    private int reading;

    private XlsxSource(OPCPackage pkg, InputStream sheetStream, XMLStreamReader xml, SharedStrings strings, StylesTable styles,
            String file, String sheet, int maxRows) {
        this.pkg = pkg;
        this.sheetStream = sheetStream;
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
        this.file = file;
        this.sheet = sheet;
        this.maxRows = maxRows;
    }

    static XlsxSource open(Path path, String file, CollectionLimits limits) throws IOException, Unreadable {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                throw TableSource.unreadable(file, "", 0, "empty_file", "文件为空", "the file is empty");
            }
            if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
                throw TableSource.unreadable(file, "", 0, "xls_not_supported", "不支持旧版 .xls 格式，请另存为 .xlsx",
                        "the old .xls format is not read; save the file as .xlsx");
            }
            if (n < 4 || head[0] != 'P' || head[1] != 'K') {
                throw TableSource.unreadable(file, "", 0, "not_xlsx", "不是 xlsx 工作簿", "not an xlsx workbook");
            }
        }
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxXmlBytes());
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = SharedStrings.read(reader, file);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw TableSource.unreadable(file, "", 0, "no_sheet", "工作簿中没有工作表", "the workbook has no sheet");
            }
            InputStream sheetStream = sheets.next();
            String name = sheets.getSheetName();
            XMLStreamReader xml = XML.createXMLStreamReader(sheetStream);
            return new XlsxSource(pkg, sheetStream, xml, strings, styles, file, name, limits.maxRows());
        } catch (Unreadable e) {
            close(pkg);
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException | OpenXML4JRuntimeException | POIXMLException
                | XMLStreamException | java.util.zip.ZipException e) {
            close(pkg);
            throw damaged(file, e);
        } catch (IOException e) {
            close(pkg);
            throw bombOr(file, e);
        } catch (OpenXML4JException e) {
            close(pkg);
            throw damaged(file, e);
        } catch (RuntimeException e) {
            close(pkg);
            throw damaged(file, e);
        }
    }

    private static void close(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    /** Whether POI's zip-bomb guard stopped the reading, however deep its exception is wrapped. */
    static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("max entry size") || m.contains("exceeds the max")) {
                return true;
            }
        }
        return false;
    }

    static Unreadable zipBomb(String file) {
        return TableSource.unreadable(file, "", 0, "zip_bomb", "压缩比异常（疑似压缩炸弹），已拒绝",
                "the archive inflates far beyond its size (a zip bomb); refused");
    }

    static Unreadable damaged(String file, Exception e) {
        if (bomb(e)) {
            return zipBomb(file);
        }
        return TableSource.unreadable(file, "", 0, "damaged_xlsx", "xlsx 文件已损坏或不完整，无法读取",
                "the xlsx file is damaged or incomplete and cannot be read");
    }

    static Unreadable bombOr(String file, IOException e) throws IOException {
        String m = String.valueOf(e.getMessage());
        if (bomb(e)) {
            return zipBomb(file);
        }
        if (m.contains("Truncated") || m.contains("truncated") || m.contains("Unexpected end") || m.contains("invalid")
                || m.contains("ZIP") || m.contains("zip")) {
            return damaged(file, e);
        }
        throw e;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public SourceRow next() throws IOException, Unreadable {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (bomb(e)) {
                throw zipBomb(file);
            }
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw bombOr(file, io);
            }
            // the row being read when the damage showed, or the one after the last read
            throw TableSource.unreadable(file, sheet, reading > 0 ? reading : rows + 1, "damaged_xlsx", "工作表内容已损坏，无法读取",
                    "the sheet's content is damaged and cannot be read");
        }
    }

    private SourceRow row() throws XMLStreamException, Unreadable {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? rows + 1 : Integer.parseInt(r);
        rows++;
        if (number - 1 > maxRows || rows - 1 > maxRows) {
            throw TableSource.unreadable(file, sheet, number, "too_many_rows", "行数超过上限 " + maxRows + "，请分批提交",
                    "more than " + maxRows + " rows; submit it in parts");
        }
        reading = number;
        List<String> cells = new ArrayList<>(16);
        int[] formulas = null;
        int nextIndex = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamReader.START_ELEMENT || !"c".equals(xml.getLocalName())) {
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            int index = ref == null ? nextIndex : column(ref);
            if (index >= MAX_COLUMNS || index < 0) {
                throw TableSource.unreadable(file, sheet, number, "too_many_columns",
                        "单元格 " + ref + " 超出第" + MAX_COLUMNS + "列（模板最多十几列），请删除多余的列",
                        "cell " + ref + " lies beyond column " + MAX_COLUMNS + " (templates have a dozen or so); delete the extra columns");
            }
            nextIndex = index + 1;
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            String value = null;
            String inline = null;
            boolean formula = false;
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == XMLStreamReader.END_ELEMENT && "c".equals(xml.getLocalName())) {
                    break;
                }
                if (e == XMLStreamReader.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v" -> value = xml.getElementText();
                        case "f" -> {
                            formula = true;
                            xml.getElementText();
                        }
                        case "t" -> inline = (inline == null ? "" : inline) + xml.getElementText();
                        default -> {
                            // <is>, <r>: their <t> elements are read above; phonetic runs (<rPh>) hold <t> too
                            if ("rPh".equals(xml.getLocalName())) {
                                skip();
                            }
                        }
                    }
                }
            }
            String text = text(type, style, value, inline);
            while (cells.size() < index) {
                cells.add(null);
            }
            if (cells.size() == index) {
                cells.add(text);
            } else {
                cells.set(index, text);
            }
            if (formula) {
                formulas = formulas == null ? new int[] {index} : append(formulas, index);
            }
        }
        reading = 0;
        return new SourceRow(number, cells.toArray(String[]::new), formulas == null ? new int[0] : formulas);
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    /** "AB12" → 27 (zero-based column). */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
            if (c > 1_000_000) {
                return c; // far beyond any sheet's last column (XFD): refused by the caller
            }
        }
        return c - 1;
    }

    private String text(String type, String style, String value, String inline) throws Unreadable {
        if ("inlineStr".equals(type)) {
            return inline;
        }
        if (value == null) {
            return inline;
        }
        if ("s".equals(type)) {
            int i;
            try {
                i = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw TableSource.unreadable(file, sheet, rows, "damaged_xlsx", "共享字符串索引损坏", "a shared-string index is damaged");
            }
            if (i < 0 || i >= strings.size()) {
                throw TableSource.unreadable(file, sheet, rows, "damaged_xlsx", "共享字符串索引超出范围",
                        "a shared-string index is out of range");
            }
            return strings.get(i);
        }
        if ("b".equals(type)) {
            return "1".equals(value) ? "true" : "false";
        }
        if ("str".equals(type) || "e".equals(type)) {
            return value;
        }
        if (style != null && isDate(Integer.parseInt(style))) {
            try {
                return DateUtil.getLocalDateTime(Double.parseDouble(value)).toLocalDate().toString();
            } catch (RuntimeException e) {
                return value;
            }
        }
        return value;
    }

    private boolean isDate(int style) {
        return dateStyles.computeIfAbsent(style, s -> {
            if (styles == null || s >= styles.getNumCellStyles()) {
                return false;
            }
            var xf = styles.getCellXfAt(s);
            if (xf == null) {
                return false;
            }
            int id = (int) xf.getNumFmtId();
            String format = styles.getNumberFormatAt((short) id);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(id);
            }
            return format != null && DateUtil.isADateFormat(id, format);
        });
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing
        }
        sheetStream.close();
        pkg.revert();
    }

    /**
     * The shared strings of a workbook as UTF-8 bytes in one growing array with an offset per
     * string: a million strings of ten characters take about 34 MB instead of about 100.
     */
    static final class SharedStrings {
        private byte[] data = new byte[1 << 12];
        private int used;
        private int[] offsets = new int[256];
        private int count;

        static SharedStrings read(XSSFReader reader, String file) throws IOException, XMLStreamException, InvalidFormatException {
            SharedStrings s = new SharedStrings();
            InputStream in;
            try {
                in = reader.getSharedStringsData();
            } catch (IOException | InvalidFormatException | RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("bomb")) {
                    throw e;
                }
                return s;
            }
            if (in == null) {
                return s;
            }
            try (in) {
                XMLStreamReader x = XML.createXMLStreamReader(in);
                StringBuilder current = null;
                int phonetic = 0;
                while (x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamReader.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "si" -> current = new StringBuilder();
                            case "rPh" -> phonetic++;
                            case "t" -> {
                                String t = x.getElementText();
                                if (current != null && phonetic == 0) {
                                    current.append(t);
                                }
                            }
                            default -> {
                            }
                        }
                    } else if (e == XMLStreamReader.END_ELEMENT) {
                        if ("si".equals(x.getLocalName()) && current != null) {
                            s.add(current.toString());
                            current = null;
                        } else if ("rPh".equals(x.getLocalName())) {
                            phonetic--;
                        }
                    }
                }
                x.close();
            }
            return s;
        }

        void add(String v) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            if (used + b.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + b.length));
            }
            System.arraycopy(b, 0, data, used, b.length);
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = used;
            used += b.length;
        }

        String get(int i) {
            int start = offsets[i];
            int end = i + 1 < count ? offsets[i + 1] : used;
            return new String(data, start, end - start, StandardCharsets.UTF_8);
        }

        int size() {
            return count;
        }
    }
}
