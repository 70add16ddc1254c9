package org.edubrain.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Pages show times in the city's zone: Beijing time is UTC + 8 all year (no daylight saving since 1991). */
class LocalTimesTest {

    private final LocalTimes time = new LocalTimes("Asia/Shanghai");

    @Test
    void aUtcTimeIsShownInBeijingTime() {
        OffsetDateTime utc = OffsetDateTime.of(2026, 11, 30, 17, 54, 0, 0, ZoneOffset.UTC);
        assertThat(time.format(utc, "yyyy-MM-dd HH:mm")).isEqualTo("2026-12-01 01:54");
        assertThat(time.format(Timestamp.from(utc.toInstant()), "HH:mm")).isEqualTo("01:54");
        assertThat(time.format(Instant.parse("2026-07-01T00:00:00Z"), "HH:mm")).isEqualTo("08:00");
    }

    @Test
    void noTimeIsADash() {
        assertThat(time.format(null, "yyyy-MM-dd")).isEqualTo("—");
    }
}
