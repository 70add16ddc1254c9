package org.edubrain.app.collection.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.edubrain.app.collection.ChangeHistory;
import org.edubrain.app.collection.Exports;
import org.edubrain.app.collection.ImportPipeline;
import org.edubrain.app.collection.Submissions;
import org.edubrain.app.registry.RecordHistory;
import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.edubrain.app.shared.EduBrainProperties;
import org.edubrain.core.collection.CodeLists;
import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.edubrain.core.registry.Coded;
import org.edubrain.core.registry.IdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

/**
 * The pages of data collection (数据采集): the data sets with their templates, exports and upload
 * forms; the result of an upload (a dry run first, then the same file for real); the submissions
 * and their review (审核); templates and exports are the API's endpoints, which take the session.
 *
 * <p>A checked file waits for its real import in the data directory's {@code tmp} folder under a
 * random token that only the user's session knows (never a URL): it is deleted when it is
 * imported, when the session ends, or after an hour.
 */
@Controller
@RequestMapping("/collection")
class CollectionPages {

    private static final Logger log = LoggerFactory.getLogger(CollectionPages.class);

    /** The submission channel of the upload page (the {@code submission.channel} check allows upload, api, cli). */
    static final String CHANNEL = "upload";
    static final int PAGE_SIZE = 50;
    /** The most changed values a submission's page lists. */
    static final int CHANGES_LIMIT = 500;
    /** How long a checked file waits for its real import. */
    static final Duration PENDING_FOR = Duration.ofHours(1);
    /** The most checked files one session keeps waiting. */
    static final int PENDING_PER_SESSION = 5;
    static final String PENDING = CollectionPages.class.getName() + ".pending";
    static final List<String> STATUSES = List.of("submitted", "district_approved", "city_approved", "returned");
    static final List<String> ENCODINGS = List.of("UTF-8", "GB18030");
    /** Data sets of people: their changed values are learner- or person-level records. */
    static final Set<String> PERSONAL = Set.of("learners", "teachers");
    /** Columns shown masked wherever a page shows their values. */
    static final Set<String> IDENTITY_COLUMNS = Set.of("national_student_number", "id_number");

    /** A column as a data set's card lists it: its code list's values, or the note on where its codes come from. */
    record ColumnRow(Column column, boolean key, String type, List<Coded.Label> codes, String codeNote) {
    }

    /**
     * A data set's card: what the user's role may do with it, its key and period in words, and whether
     * approval locks its periods (data sets by institution).
     */
    record SetCard(DataSet set, List<ColumnRow> columns, String keyZh, String keyEn, String periodZh, String periodEn,
            boolean locks, boolean mayImport, boolean mayExport) {
    }

    /** A problem as the result page lists it: identity numbers masked. */
    record ProblemRow(Problem problem, String value) {
    }

    /** A step of a submission's review, from the audit log. */
    record Step(OffsetDateTime at, String actor, String action, String level, String note) {
    }

    /** A checked file waiting for its real import. */
    record Pending(String set, String path, String fileName, String encoding, String username, Instant at,
            Map<String, String> given)
            implements Serializable {
    }

    /** The checked files of one session; deleted when the session ends. */
    static final class PendingUploads implements HttpSessionBindingListener, Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, Pending> byToken = new ConcurrentHashMap<>();

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            byToken.values().forEach(p -> delete(Path.of(p.path())));
            byToken.clear();
        }
    }

    private final ImportPipeline pipeline;
    private final Submissions submissions;
    private final RegistryQueries registry;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Path tmp;
    private final CodeLists codes = CodeLists.standard();
    private final SecureRandom random = new SecureRandom();

    CollectionPages(ImportPipeline pipeline, Submissions submissions, RegistryQueries registry, JdbcClient jdbc, AuditLog audit,
            EduBrainProperties properties) {
        this.pipeline = pipeline;
        this.submissions = submissions;
        this.registry = registry;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tmp = properties.dataDir().toAbsolutePath().resolve("tmp");
    }

    static DataSet set(String name) {
        return DataSets.byName(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such data set"));
    }

    private static void requireImport(CurrentUser me, DataSet set) {
        if (!ImportPipeline.mayImport(me.role(), set)) {
            throw new AccessDeniedException("this role may not submit " + set.name());
        }
    }

    // ---------------------------------------------------------------- the data sets

    private SetCard card(DataSet set, Role role) {
        List<ColumnRow> columns = new ArrayList<>();
        for (Column c : set.columns()) {
            String list = c.codeList();
            List<Coded.Label> values = list != null && codes.has(list) ? codes.get(list).labels() : List.of();
            String note = list == null || codes.has(list) ? null : switch (list) {
                case "district", "zone", "org_unit", "institution" -> "collection.codes." + list;
                default -> null;
            };
            columns.add(new ColumnRow(c, set.key().contains(c.name()), c.type().name().toLowerCase(Locale.ROOT), values, note));
        }
        String keyZh = set.key().stream().map(k -> set.column(k).headerZh()).collect(Collectors.joining(" + "));
        String keyEn = set.key().stream().map(k -> set.column(k).headerEn()).collect(Collectors.joining(" + "));
        Column period = set.period() == null ? null : set.column(set.period());
        return new SetCard(set, columns, keyZh, keyEn, period == null ? null : period.headerZh(),
                period == null ? null : period.headerEn(), period != null && set.index("institution") >= 0,
                ImportPipeline.mayImport(role, set), Exports.mayExport(role, set));
    }

    @GetMapping
    String index(@AuthenticationPrincipal CurrentUser me, Model model) {
        sweep();
        List<SetCard> cards = DataSets.all().stream()
                .filter(d -> ImportPipeline.mayImport(me.role(), d) || Exports.mayExport(me.role(), d))
                .map(d -> card(d, me.role())).toList();
        model.addAttribute("cards", cards);
        model.addAttribute("years", registry.years());
        model.addAttribute("encodings", ENCODINGS);
        model.addAttribute("maySubmit", cards.stream().anyMatch(SetCard::mayImport));
        return "collection/index";
    }

    // ---------------------------------------------------------------- uploads

    /** Checks a file (a dry run by default) or imports it; a dry run that passes keeps the file for its real import. */
    @PostMapping("/{set}/upload")
    String upload(@PathVariable("set") String name, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String encoding, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(name = "school_year", required = false) String schoolYear,
            @RequestParam(required = false) String institution, @AuthenticationPrincipal CurrentUser me, HttpSession session, HttpServletResponse response,
            RedirectAttributes redirect, Model model) throws IOException {
        DataSet set = set(name);
        requireImport(me, set);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("noFile", set.name());
            return "redirect:/collection#" + set.name();
        }
        sweep();
        String original = safeName(file.getOriginalFilename());
        String enc = encoding(encoding);
        String token = token();
        Path stored = store(file, original, token);
        boolean kept = false;
        try {
            Map<String, String> given = new java.util.HashMap<>(CollectionApi.given(schoolYear, institution));
            ImportPipeline.Result r = pipeline.run(new ImportPipeline.Request(set, stored, original, null, enc, dryRun, me, CHANNEL,
                    given));
            if (r.dryRun() && r.accepted()) {
                keep(session, token, new Pending(set.name(), stored.toString(), original, enc, me.username(), Instant.now(), given));
                model.addAttribute("token", token);
                kept = true;
            }
            return result(r, original, response, model);
        } finally {
            if (!kept) {
                delete(stored);
            }
        }
    }

    /** Imports for real the file a dry run checked (named by the session's token). */
    @PostMapping("/{set}/import")
    String importChecked(@PathVariable("set") String name, @RequestParam String token, @AuthenticationPrincipal CurrentUser me,
            HttpSession session, HttpServletResponse response, RedirectAttributes redirect, Model model) throws IOException {
        DataSet set = set(name);
        requireImport(me, set);
        Pending p = take(session, token);
        Path path = p == null ? null : Path.of(p.path());
        if (p == null || !p.set().equals(set.name()) || !p.username().equals(me.username())
                || p.at().plus(PENDING_FOR).isBefore(Instant.now()) || !Files.isRegularFile(path)) {
            if (path != null) {
                delete(path);
            }
            redirect.addFlashAttribute("expired", set.name());
            return "redirect:/collection#" + set.name();
        }
        try {
            // (not swept away while it is read)
            Files.setLastModifiedTime(path, FileTime.from(Instant.now()));
            ImportPipeline.Result r = pipeline.run(new ImportPipeline.Request(set, path, p.fileName(), null, p.encoding(), false, me,
                    CHANNEL, p.given()));
            return result(r, p.fileName(), response, model);
        } finally {
            delete(path);
        }
    }

    private String result(ImportPipeline.Result r, String fileName, HttpServletResponse response, Model model) {
        if (r.forbidden()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        Set<String> masked = r.set().sensitive() ? r.set().columns().stream().filter(c -> IDENTITY_COLUMNS.contains(c.name()))
                .map(Column::headerZh).collect(Collectors.toSet()) : Set.of();
        List<ProblemRow> problems = r.problems().stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.error() ? 0 : 1))
                .map(p -> new ProblemRow(p, masked.contains(p.column()) ? IdNumber.mask(p.value()) : p.value()))
                .toList();
        model.addAttribute("result", r);
        model.addAttribute("set", r.set());
        model.addAttribute("fileName", fileName);
        model.addAttribute("problems", problems);
        return "collection/result";
    }

    private static String encoding(String requested) {
        return requested != null && ENCODINGS.contains(requested) ? requested : null;
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The upload in the tmp folder, readable by the application's user only where the file system allows. */
    private Path store(MultipartFile file, String original, String token) throws IOException {
        Files.createDirectories(tmp);
        Path path = tmp.resolve("upload-" + token + (original.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv"));
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("token collision", e);
        }
        try (InputStream in = file.getInputStream(); OutputStream out = Files.newOutputStream(path)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            delete(path);
            throw e;
        }
        return path;
    }

    private static PendingUploads pending(HttpSession session) {
        synchronized (session) {
            Object o = session.getAttribute(PENDING);
            if (o instanceof PendingUploads p) {
                return p;
            }
            PendingUploads p = new PendingUploads();
            session.setAttribute(PENDING, p);
            return p;
        }
    }

    private static void keep(HttpSession session, String token, Pending p) {
        PendingUploads uploads = pending(session);
        uploads.byToken.put(token, p);
        // the oldest beyond the few a session keeps go at once
        List<Map.Entry<String, Pending>> all = new ArrayList<>(uploads.byToken.entrySet());
        all.sort(Comparator.comparing(e -> e.getValue().at()));
        for (int i = 0; i < all.size() - PENDING_PER_SESSION; i++) {
            Pending old = uploads.byToken.remove(all.get(i).getKey());
            if (old != null) {
                delete(Path.of(old.path()));
            }
        }
    }

    private static Pending take(HttpSession session, String token) {
        return token == null ? null : pending(session).byToken.remove(token);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", path.getFileName(), e.getMessage());
        }
    }

    /** Deletes checked files older than an hour (their sessions' tokens expire with them). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void sweep() {
        if (!Files.isDirectory(tmp)) {
            return;
        }
        Instant cutoff = Instant.now().minus(PENDING_FOR);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, "upload-*")) {
            for (Path f : files) {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    log.warn("Could not delete the old upload {}: {}", f.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for old uploads in {}: {}", tmp, e.getMessage());
        }
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        if (base.isBlank()) {
            return "upload.csv";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    // ---------------------------------------------------------------- submissions

    private static Map<String, DataSet> setsByName() {
        Map<String, DataSet> m = new LinkedHashMap<>();
        DataSets.all().forEach(d -> m.put(d.name(), d));
        return m;
    }

    @GetMapping("/submissions")
    String submissions(@RequestParam(required = false) String set, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        String s = set == null || DataSets.byName(set).isEmpty() ? null : set;
        String st = status == null || !STATUSES.contains(status) ? null : status;
        int p = Math.max(1, page);
        List<Submissions.Summary> rows = submissions.list(me, s, st, PAGE_SIZE + 1, (p - 1) * PAGE_SIZE);
        model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("set", s);
        model.addAttribute("status", st);
        model.addAttribute("sets", setsByName());
        model.addAttribute("statuses", STATUSES);
        return "collection/submissions";
    }

    @GetMapping("/submissions/{id}")
    String submission(@PathVariable int id, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
        Submissions.Summary s = submissions.get(me, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such submission"));
        DataSet set = DataSets.byName(s.dataSet()).orElse(null);
        // the values of people's records only to roles that see learner-level records
        boolean showChanges = me.role().seesLearners() || !PERSONAL.contains(s.dataSet());
        List<RecordHistory.Change> changes = List.of();
        boolean moreChanges = false;
        if (showChanges) {
            List<Submissions.Change> raw = submissions.changes(id, CHANGES_LIMIT + 1);
            moreChanges = raw.size() > CHANGES_LIMIT;
            changes = raw.stream().limit(CHANGES_LIMIT).map(ChangeHistory::of).map(CollectionPages::masked).toList();
            if (set != null && set.sensitive() && !changes.isEmpty()) {
                audit.record(me.username(), "submission.changes", "submission", String.valueOf(id),
                        Map.of("shown", changes.size(), "identity", "masked"), request.getRemoteAddr());
            }
        }
        boolean city = me.role() == Role.CITY_ADMIN;
        boolean reviewer = city || (me.role() == Role.DISTRICT_ADMIN && !me.username().equals(s.submittedBy()));
        String st = s.status();
        model.addAttribute("s", s);
        model.addAttribute("set", set);
        model.addAttribute("steps", steps(id));
        model.addAttribute("showChanges", showChanges);
        model.addAttribute("changes", changes);
        model.addAttribute("moreChanges", moreChanges);
        model.addAttribute("changesLimit", CHANGES_LIMIT);
        model.addAttribute("mayApprove", reviewer && (st.equals("submitted") || (city && st.equals("district_approved"))));
        model.addAttribute("mayReturn", reviewer && !st.equals("returned") && (city || !st.equals("city_approved")));
        model.addAttribute("mayReopen", reviewer && st.endsWith("_approved") && (city || !st.equals("city_approved")));
        model.addAttribute("ownDistrict", me.role() == Role.DISTRICT_ADMIN && me.username().equals(s.submittedBy()));
        return "collection/submission";
    }

    private static RecordHistory.Change masked(RecordHistory.Change c) {
        if (!ChangeHistory.sensitive(c.table()) && !IDENTITY_COLUMNS.contains(c.column())) {
            return c;
        }
        return new RecordHistory.Change(c.id(), c.submissionId(), c.table(), c.recordKey(), c.column(), c.columnZh(),
                c.columnEn(), IdNumber.mask(c.oldValue()), IdNumber.mask(c.newValue()), c.changedBy(), c.changedAt());
    }

    /** The review steps of a submission, oldest first (the audit log's entries of it). */
    private List<Step> steps(int id) {
        return jdbc.sql("""
                select at, actor, action, detail ->> 'level', detail ->> 'note' from audit_event
                where object_type = 'submission' and object_key = :id
                  and action in ('submission.approve', 'submission.return', 'submission.reopen')
                order by id
                """).param("id", String.valueOf(id))
                .query((rs, n) -> new Step(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3).substring("submission.".length()), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** A review step: approve (审核通过), return (退回, with a note) or reopen (重新开放). */
    @PostMapping("/submissions/{id}/{action}")
    String review(@PathVariable int id, @PathVariable String action, @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 500) {
            n = n.substring(0, 500);
        }
        try {
            switch (action) {
                case "approve" -> submissions.approve(me, id, n);
                case "return" -> submissions.giveBack(me, id, n);
                case "reopen" -> submissions.reopen(me, id, n);
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such action");
            }
            redirect.addFlashAttribute("reviewed", action);
        } catch (Submissions.Refused e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/collection/submissions/" + id;
    }
}
