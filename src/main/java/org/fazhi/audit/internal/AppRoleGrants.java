package org.fazhi.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's database role, as the schema owner grants it after every migration on
 * PostgreSQL (SECURITY.md AUD-03): when Flyway migrates as a separate owner
 * ({@code spring.flyway.user}) and the application connects as another role
 * ({@code spring.datasource.username}), that role may read and write every table but may only
 * insert into and read the audit tables ({@code audit_event}, {@code audit_chain},
 * {@code audit_checkpoint}): no UPDATE, DELETE or TRUNCATE, so the application, or whoever takes it
 * over, cannot rewrite the audit log. It has no rights on Flyway's history and cannot create
 * tables. With one role for both, or on the embedded database, nothing is done.
 */
@Component
class AppRoleGrants implements Callback {

    static final List<String> APPEND_ONLY = List.of("audit_event", "audit_chain", "audit_checkpoint");
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger log = LoggerFactory.getLogger(AppRoleGrants.class);

    private final String appRole;

    AppRoleGrants(@Value("${spring.datasource.username:}") String appRole) {
        this.appRole = appRole == null ? "" : appRole.strip();
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection c = context.getConnection();
            if (!"PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            String owner = c.getMetaData().getUserName();
            if (appRole.isEmpty() || appRole.equalsIgnoreCase(owner)) {
                return;
            }
            if (!ROLE.matcher(appRole).matches()) {
                throw new FlywayException("spring.datasource.username '" + appRole
                        + "' is not a plain PostgreSQL role name (lower case letters, digits, _)");
            }
            try (Statement s = c.createStatement()) {
                String schema = schema(c);
                s.execute("grant usage on schema " + schema + " to " + appRole);
                s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + appRole);
                s.execute("grant usage, select on all sequences in schema " + schema + " to " + appRole);
                s.execute("revoke all on " + schema + ".flyway_schema_history from " + appRole);
                for (String table : APPEND_ONLY) {
                    s.execute("revoke update, delete, truncate on " + schema + "." + table + " from " + appRole);
                }
            }
            log.info("Database role {}: read and write on the schema's tables, insert and select only on {}", appRole,
                    APPEND_ONLY);
        } catch (SQLException e) {
            throw new FlywayException("granting the application role its rights failed: " + e.getMessage(), e);
        }
    }

    private static String schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select current_schema()")) {
            rs.next();
            String schema = rs.getString(1);
            if (!ROLE.matcher(schema).matches()) {
                throw new FlywayException("unexpected schema name " + schema);
            }
            return schema;
        }
    }

    @Override
    public String getCallbackName() {
        return "fazhi-app-role-grants";
    }
}
