package org.edubrain.app.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A file filed as evidence (证明材料) with a milestone's progress or a supervision finding: PDF,
 * PNG, JPEG, DOCX or XLSX up to 10 MB, its name stripped of any path and control characters, its
 * SHA-256 kept so that a copy can be checked against it. Served back as an attachment that a
 * browser does not sniff.
 */
public record EvidenceFile(String name, String mediaType, byte[] content, String sha256) {

    public static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The upload as evidence, or null when no file was sent; refused (413, 415) when too large or of another type. */
    public static EvidenceFile of(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "证明材料不超过10 MB / evidence up to 10 MB");
        }
        String type = file.getContentType() == null ? "" : file.getContentType();
        if (!TYPES.contains(type)) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "证明材料须为PDF、图片、Word或Excel文件 / evidence must be PDF, PNG, JPEG, DOCX or XLSX");
        }
        byte[] bytes = file.getBytes();
        return new EvidenceFile(safeName(file.getOriginalFilename()), type, bytes, sha256(bytes));
    }

    /**
     * Keeps the file in an evidence table ({@code milestone_evidence}, {@code supervision_evidence}:
     * the same columns) beside the record it is evidence for.
     */
    public void save(JdbcClient jdbc, String table, String ownerColumn, long ownerId) {
        jdbc.sql("insert into " + table + " (" + ownerColumn + """
                , file_name, media_type, size_bytes, content, sha256)
                values (:owner, :n, :t, :s, :c, :h)
                """).param("owner", ownerId).param("n", name).param("t", mediaType).param("s", content.length).param("c", content)
                .param("h", sha256).update();
    }

    /** The file as a download. */
    public static ResponseEntity<byte[]> download(String name, String mediaType, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "evidence";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[\\p{Cntrl}\"]", "_");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
