package org.edubrain.app.collection.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.edubrain.app.collection.Exports;
import org.edubrain.app.collection.ImportPipeline;
import org.edubrain.app.collection.Submissions;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The one interface of data collection for programs: the data sets and their columns, templates,
 * exports, submissions (a file, or JSON rows) with dry runs, and their review. A submission
 * answers 200 when accepted, 422 with the problems when refused for its content, 403 when a row
 * is outside the caller's scope or the caller's role may not submit the data set.
 */
@RestController
@RequestMapping("/api/v1/collection")
@Tag(name = "collection", description = "数据采集 · templates, submissions, review, exports")
class CollectionApi {

    /** A column of a data set. */
    record ColumnView(String name, String headerZh, String headerEn, String type, boolean required, String codeList,
            boolean key) {
    }

    /** A data set and its columns. */
    record DataSetView(String name, String nameZh, String nameEn, List<ColumnView> columns, String period) {
        static DataSetView of(DataSet d) {
            List<ColumnView> cols = new ArrayList<>();
            for (Column c : d.columns()) {
                cols.add(new ColumnView(c.name(), c.headerZh(), c.headerEn(), c.type().name().toLowerCase(Locale.ROOT), c.required(),
                        c.codeList(), d.key().contains(c.name())));
            }
            return new DataSetView(d.name(), d.nameZh(), d.nameEn(), cols, d.period());
        }
    }

    /** A problem of a submitted file. */
    record ProblemView(String severity, String file, String sheet, int row, String column, String value, String rule,
            String messageZh, String messageEn) {
        static ProblemView of(Problem p) {
            return new ProblemView(p.severity().name().toLowerCase(Locale.ROOT), p.file(), p.sheet(), p.row(), p.column(), p.value(),
                    p.rule(), p.messageZh(), p.messageEn());
        }
    }

    /** The answer to a submission. */
    record ResultView(String dataSet, boolean accepted, boolean dryRun, long rows, long inserted, long updated, long unchanged,
            long errors, long warnings, long problemsNotListed, Integer submission, List<ProblemView> problems) {
        static ResultView of(ImportPipeline.Result r) {
            return new ResultView(r.set().name(), r.accepted(), r.dryRun(), r.rows(), r.inserted(), r.updated(), r.unchanged(),
                    r.errors(), r.warnings(), r.omitted(), r.submissionId(), r.problems().stream().map(ProblemView::of).toList());
        }
    }

    /** Rows as JSON: each an object of column names (or headers) to values. */
    record JsonSubmission(List<Map<String, Object>> rows) {
    }

    private final ImportPipeline pipeline;
    private final Exports exports;
    private final Submissions submissions;

    CollectionApi(ImportPipeline pipeline, Exports exports, Submissions submissions) {
        this.pipeline = pipeline;
        this.exports = exports;
        this.submissions = submissions;
    }

    static DataSet set(String name) {
        return DataSets.byName(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such data set"));
    }

    @GetMapping("/data-sets")
    @Operation(summary = "The data sets, their columns (headers in Chinese and English, types, code lists) and natural keys")
    List<DataSetView> dataSets() {
        return DataSets.all().stream().map(DataSetView::of).toList();
    }

    private static ResponseEntity<StreamingResponseBody> file(String name, String format, StreamingResponseBody body) {
        MediaType type = "xlsx".equals(format)
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format,
                        StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static String format(String format) {
        String f = format == null ? "xlsx" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("csv")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is xlsx or csv");
        }
        return f;
    }

    @GetMapping("/{set}/template")
    @Operation(summary = "The empty template of a data set (xlsx with drop-downs, code lists and notes; or CSV)")
    ResponseEntity<StreamingResponseBody> template(@PathVariable("set") String name, @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "false") boolean english) {
        DataSet set = set(name);
        String f = format(format);
        return file(set.name() + "-template", f, out -> exports.template(set, f, english, out));
    }

    @GetMapping("/{set}/export")
    @Operation(summary = "The records of a data set in the caller's scope, in the template's layout (one year or all)")
    ResponseEntity<StreamingResponseBody> export(@PathVariable("set") String name, @RequestParam(required = false) String format,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean english,
            @AuthenticationPrincipal CurrentUser me) {
        DataSet set = set(name);
        if (!Exports.mayExport(me.role(), set)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "your role may not export this data set");
        }
        String f = format(format);
        return file(set.name() + (year == null ? "" : "-" + year), f, out -> exports.export(set, f, english, year, me, out));
    }

    private ResponseEntity<ResultView> answer(ImportPipeline.Result r) {
        HttpStatus status = r.forbidden() ? HttpStatus.FORBIDDEN : r.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status).body(ResultView.of(r));
    }

    @PostMapping(value = "/{set}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a file (xlsx or CSV); dryRun=true checks it and writes nothing")
    ResponseEntity<ResultView> submitFile(@PathVariable("set") String name, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "the CSV's encoding when not detected: UTF-8, GBK, GB18030") @RequestParam(required = false)
            String encoding,
            @Parameter(description = "the school year of every row, for a file without that column (national fitness upload format)")
            @RequestParam(name = "school_year", required = false) String schoolYear,
            @Parameter(description = "the 学校标识码 of every row, for a file without that column")
            @RequestParam(required = false) String institution, @AuthenticationPrincipal CurrentUser me) throws IOException {
        DataSet set = set(name);
        String original = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path tmp = Files.createTempFile("edubrain-upload-", original.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv");
        try {
            file.transferTo(tmp);
            return answer(pipeline.run(new ImportPipeline.Request(set, tmp, original, null, encoding, dryRun, me, "api",
                    given(schoolYear, institution))));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @PostMapping(value = "/{set}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit rows as JSON ({\"rows\": [{column: value, …}]}); a row's number is its place in the list + 1")
    ResponseEntity<ResultView> submitJson(@PathVariable("set") String name, @RequestBody JsonSubmission body,
            @RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal CurrentUser me) throws IOException {
        DataSet set = set(name);
        Path tmp = Files.createTempFile("edubrain-json-", ".csv");
        try {
            // the JSON rows as a CSV file (header = the columns' names): one pipeline for every channel
            try (OutputStream out = Files.newOutputStream(tmp);
                    var w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CsvWriter csv = CsvWriter.builder().build(w)) {
                csv.writeRecord(set.columns().stream().map(Column::name).toList());
                for (Map<String, Object> row : body.rows() == null ? List.<Map<String, Object>>of() : body.rows()) {
                    Map<String, Object> byName = new LinkedHashMap<>();
                    row.forEach((k, v) -> byName.put(columnName(set, k), v));
                    csv.writeRecord(set.columns().stream().map(c -> {
                        Object v = byName.get(c.name());
                        return v == null ? "" : v.toString();
                    }).toList());
                }
            }
            return answer(pipeline.run(new ImportPipeline.Request(set, tmp, "api.json", "csv", "UTF-8", dryRun, me, "api")));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Values given for the whole file (blank ones are not given). */
    public static Map<String, String> given(String schoolYear, String institution) {
        Map<String, String> given = new LinkedHashMap<>();
        if (schoolYear != null && !schoolYear.isBlank()) {
            given.put("school_year", schoolYear);
        }
        if (institution != null && !institution.isBlank()) {
            given.put("institution", institution);
        }
        return given;
    }

    private static String columnName(DataSet set, String key) {
        for (Column c : set.columns()) {
            if (c.name().equals(key) || c.headerZh().equals(key) || c.headerEn().equalsIgnoreCase(key)) {
                return c.name();
            }
        }
        return key;
    }

    @GetMapping("/submissions")
    @Operation(summary = "Submissions visible to the caller, newest first")
    List<Submissions.Summary> list(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal CurrentUser me) {
        return submissions.list(me, dataSet, status, 50, (Math.max(1, page) - 1) * 50);
    }

    @GetMapping("/submissions/{id}")
    @Operation(summary = "A submission")
    Submissions.Summary one(@PathVariable int id, @AuthenticationPrincipal CurrentUser me) {
        return submissions.get(me, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such submission"));
    }

    /** A review step's note. */
    record Review(String note) {
    }

    @PostMapping("/submissions/{id}/{action}")
    @Operation(summary = "Review a submission: approve, return (with a note) or reopen")
    Submissions.Summary review(@PathVariable int id, @PathVariable String action, @RequestBody(required = false) Review review,
            @AuthenticationPrincipal CurrentUser me) {
        String note = review == null ? null : review.note();
        try {
            return switch (action) {
                case "approve" -> submissions.approve(me, id, note);
                case "return" -> submissions.giveBack(me, id, note);
                case "reopen" -> submissions.reopen(me, id, note);
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such action");
            };
        } catch (Submissions.Refused e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }
}
