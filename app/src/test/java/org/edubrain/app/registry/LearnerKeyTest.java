package org.edubrain.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.collection.TestSubmitter;
import org.edubrain.app.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pseudonymous keys of imported learners (V16): 'S' and the 8 hex digits of id × 2654435761 mod
 * 2^32, unique because the ids are, each tied to its id by a check, found again through the inverse.
 * The expected keys are computed apart (by hand and in Python): 2654435761 = 0x9E3779B1; 2 × 2654435761 − 2^32 =
 * 1013904226 = 0x3C6EF362; (2^31 − 1) × 2654435761 mod 2^32 = 3788015183 = 0xE1C8864F.
 */
class LearnerKeyTest extends PlatformTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LearnerRecords records;

    private String key(long id) {
        return jdbc.sql("select learner_import_key(:id)").param("id", (int) id).query(String.class).single();
    }

    private Integer id(String key) {
        return jdbc.sql("select learner_id_of_key(:k)").param("k", key).query(Integer.class).optional().orElse(null);
    }

    @Test
    void importKeysAreTheDocumentedPermutationOfTheIdAndInvertible() {
        assertThat(key(1)).isEqualTo("S9E3779B1");
        assertThat(key(2)).isEqualTo("S3C6EF362");
        assertThat(key(2147483647L)).isEqualTo("SE1C8864F");
        assertThat(id("S9E3779B1")).isEqualTo(1);
        assertThat(id("S3C6EF362")).isEqualTo(2);
        assertThat(id("SE1C8864F")).isEqualTo(2147483647);
        // not an import key, or the image of no id (0, and 2^31 whose key is 0x80000000 × 0x9E3779B1 mod 2^32)
        assertThat(id("s9e3779b1")).isNull();
        assertThat(id("L9E3779B1")).isNull();
        assertThat(id("S9E3779B")).isNull();
        assertThat(id("S00000000")).isNull();
        assertThat(id("S80000000")).isNull();
    }

    @Test
    void anImportKeyNotMadeFromItsIdAndATakenDemoKeyAreRefused() {
        int free = jdbc.sql("select max(id) + 1000 from learner").query(Integer.class).single();
        String demoKey = jdbc.sql("select key from learner where key not like 'S%' limit 1").query(String.class).single();
        String insert = "insert into learner (id, key, sex, birth_date, hukou_type) values (:id, :k, '1', date '2019-03-01', 'local')";
        assertThatThrownBy(() -> jdbc.sql(insert).param("id", free).param("k", key(free + 1)).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("learner_import_key");
        assertThatThrownBy(() -> jdbc.sql(insert).param("id", free).param("k", demoKey).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("learner_key");
        assertThat(jdbc.sql("select count(*) from learner where id = :id").param("id", free).query(Long.class).single()).isZero();
    }

    @Test
    void aKeyIsFoundWhetherImportedOrOfTheDemoCityAndAnUnknownOneIsNot() {
        CurrentUser city = TestSubmitter.cityAdministrator(jdbc, "test:keys", "keys");
        var demo = jdbc.sql("select id, key from learner where key not like 'S%' order by id limit 1").query().singleRow();
        assertThat(records.learnerId((String) demo.get("key"), city)).isEqualTo(demo.get("id"));
        int free = jdbc.sql("select max(id) + 1000 from learner").query(Integer.class).single();
        for (String unknown : new String[] {key(free), "SZZZZZZZZ", "L000000000", ""}) {
            assertThatThrownBy(() -> records.learnerId(unknown, city)).as(unknown).isInstanceOf(RegistryQueries.NotFound.class);
        }
    }
}
