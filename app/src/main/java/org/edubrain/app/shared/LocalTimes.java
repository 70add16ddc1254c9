package org.edubrain.app.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times on the pages in the city's time zone ({@code edubrain.time-zone}, Asia/Shanghai by
 * default), whatever the server's own zone: {@code ${@time.format(t, 'yyyy-MM-dd HH:mm')}}.
 */
@Component("time")
public class LocalTimes {

    private final ZoneId zone;

    public LocalTimes(@Value("${edubrain.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The time in the city's zone with the pattern; a dash when there is none. */
    public String format(Object time, String pattern) {
        ZonedDateTime local = local(time);
        return local == null ? "—" : DateTimeFormatter.ofPattern(pattern).format(local);
    }

    private ZonedDateTime local(Object time) {
        if (time == null) {
            return null;
        }
        Instant instant;
        if (time instanceof OffsetDateTime t) {
            instant = t.toInstant();
        } else if (time instanceof ZonedDateTime t) {
            instant = t.toInstant();
        } else if (time instanceof Instant t) {
            instant = t;
        } else if (time instanceof java.util.Date t) {
            instant = t.toInstant();
        } else if (time instanceof TemporalAccessor t) {
            instant = Instant.from(t);
        } else {
            throw new IllegalArgumentException("not a time: " + time.getClass().getName());
        }
        return instant.atZone(zone);
    }
}
