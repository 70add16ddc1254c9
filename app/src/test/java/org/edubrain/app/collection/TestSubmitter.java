package org.edubrain.app.collection;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.OrgScope;
import org.edubrain.app.security.Role;
import org.edubrain.core.collection.DataSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the import tests share: a city administrator of 大连市, and a file of given bytes submitted through the pipeline. */
public final class TestSubmitter {

    private TestSubmitter() {
    }

    /** A city administrator of 大连市 (the whole city in scope), named as the test's submissions should show. */
    public static CurrentUser cityAdministrator(JdbcClient jdbc, String username, String displayName) {
        int id = jdbc.sql("select id from org_unit where code = '210200'").query(Integer.class).single();
        return new CurrentUser(0, username, "", displayName, Role.CITY_ADMIN, OrgScope.orgUnit(id, true, "大连市"), true);
    }

    /** Submits the bytes as a file named {@code fileName} through the API channel; the temporary file is removed after. */
    public static ImportPipeline.Result submit(ImportPipeline pipeline, DataSet set, String fileName, String format, byte[] content,
            boolean dryRun, CurrentUser who) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), set.name() + "-", "." + format);
        try {
            Files.write(file, content);
            return pipeline.run(new ImportPipeline.Request(set, file, fileName, format, null, dryRun, who, "api"));
        } finally {
            Files.delete(file);
        }
    }
}
