package nl.mvimonitor.sync.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.SqlParameterValue;

/** Instants to and from TIMESTAMP WITH TIME ZONE columns, in UTC, the same way on H2 and PostgreSQL. */
final class DbTime {

    private DbTime() {
    }

    static SqlParameterValue param(Instant instant) {
        OffsetDateTime value = instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, value);
    }

    static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
