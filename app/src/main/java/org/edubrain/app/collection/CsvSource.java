package org.edubrain.app.collection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A CSV file (RFC 4180; comma, or tab when the header row has more tabs than commas), in UTF-8
 * with or without a byte-order mark, UTF-16 with one, or GBK/GB18030. The encoding is the one
 * declared, else the one the byte-order mark names, else UTF-8 when every byte of the file is
 * valid UTF-8, else GB18030 (a superset of GBK). A file that says UTF-8 — by its mark or by
 * declaration — and is not, is refused: it is almost always a GBK file saved by a program that
 * wrote a mark it should not have.
 */
final class CsvSource implements TableSource {

    static final Charset GB18030 = Charset.forName("GB18030");

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final String file;
    private final int maxRows;
    private int number;

    private CsvSource(CsvReader<CsvRecord> reader, String file, int maxRows) {
        this.reader = reader;
        this.records = reader.iterator();
        this.file = file;
        this.maxRows = maxRows;
    }

    /** Opens a file: finds its encoding and separator. */
    static CsvSource open(Path path, String file, String declaredEncoding, int maxRows) throws IOException, Unreadable {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        int bom = 0;
        Charset charset;
        boolean saysUtf8 = false;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
            saysUtf8 = true;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = null;
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw TableSource.unreadable(file, "", 0, "xls_not_supported", "不支持旧版 .xls 格式，请另存为 .xlsx",
                    "the old .xls format is not read; save the file as .xlsx");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw TableSource.unreadable(file, "", 0, "wrong_format", "这是一个 xlsx（zip）文件，不是 CSV；请以 .xlsx 上传",
                    "this is an xlsx (zip) file, not CSV; upload it as .xlsx");
        }
        if (charset == null || !charset.name().startsWith("UTF-16")) {
            for (int i = bom; i < n; i++) {
                if (head[i] == 0) {
                    throw TableSource.unreadable(file, "", 0, "not_text", "文件不是文本（含空字节）", "the file is not text (it holds NUL bytes)");
                }
            }
        }
        if (declaredEncoding != null && !declaredEncoding.isBlank()) {
            Charset declared;
            try {
                declared = Charset.forName(declaredEncoding.strip());
            } catch (IllegalArgumentException e) {
                throw TableSource.unreadable(file, "", 0, "encoding", "不认识的编码：" + declaredEncoding,
                        "unknown encoding: " + declaredEncoding);
            }
            if (charset != null && !charset.equals(declared) && !(charset.equals(StandardCharsets.UTF_8) && bom > 0
                    && declared.equals(StandardCharsets.UTF_8))) {
                throw TableSource.unreadable(file, "", 0, "encoding", "声明的编码 " + declared + " 与文件的字节顺序标记（" + charset
                        + "）不符", "the declared encoding " + declared + " differs from the file's byte-order mark (" + charset + ")");
            }
            charset = declared.name().equals("GBK") || declared.name().equals("GB2312") ? GB18030 : declared;
            saysUtf8 = charset.equals(StandardCharsets.UTF_8);
        }
        if (charset == null) {
            charset = validUtf8(path, 0) ? StandardCharsets.UTF_8 : GB18030;
        } else if (saysUtf8 && !validUtf8(path, bom)) {
            throw TableSource.unreadable(file, "", 0, "encoding",
                    "文件标明为 UTF-8，但内容不是有效的 UTF-8（很可能是 GBK）；请另存为 UTF-8，或不声明编码由系统识别",
                    "the file says it is UTF-8 but is not valid UTF-8 (most likely GBK); save it as UTF-8, or declare no encoding");
        }
        String text = new String(head, bom, Math.max(0, n - bom), charset);
        if (text.isBlank()) {
            throw TableSource.unreadable(file, "", 0, "empty_file", "文件为空", "the file is empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == '\t').count() > firstLine.chars().filter(c -> c == ',').count() ? '\t' : ',';
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(bom);
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(false)
                .allowExtraFields(true).allowMissingFields(true).detectBomHeader(false).maxBufferSize(1 << 20)
                .ofCsvRecord(in, charset);
        return new CsvSource(reader, file, maxRows);
    }

    /** Whether the file from {@code offset} on is valid UTF-8 (read once, in blocks). */
    static boolean validUtf8(Path path, int offset) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] block = new byte[1 << 16];
        ByteBuffer in = ByteBuffer.allocate(block.length + 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(path)) {
            s.skipNBytes(offset);
            for (int r; (r = s.read(block)) >= 0; ) {
                in.put(block, 0, r).flip();
                if (!decode(decoder, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return decode(decoder, in, out, true) && !decoder.flush(out).isError();
        }
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            CoderResult cr = decoder.decode(in, out, end);
            if (cr.isError()) {
                return false;
            }
            out.clear();
            if (!cr.isOverflow()) {
                return true;
            }
        }
    }

    @Override
    public String sheet() {
        return "";
    }

    @Override
    public SourceRow next() throws IOException, Unreadable {
        try {
            Iterator<CsvRecord> it = records;
            if (!it.hasNext()) {
                return null;
            }
            CsvRecord r = it.next();
            number++;
            if (number - 1 > maxRows) {
                throw TableSource.unreadable(file, "", number, "too_many_rows", "行数超过上限 " + maxRows + "，请分批提交",
                        "more than " + maxRows + " rows; submit it in parts");
            }
            return new SourceRow(number, r.getFields().toArray(String[]::new));
        } catch (CsvParseException e) {
            throw TableSource.unreadable(file, "", number + 1, "csv_format", "CSV 格式错误（引号未闭合或字段过长）",
                    "malformed CSV (an unclosed quote or a field too long)");
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
