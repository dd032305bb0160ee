package org.fazhi.shared.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * Maps rows to a record or bean as {@link DataClassRowMapper} does, decrypting on the way the columns
 * of one table that are stored with {@link FieldCipher} (SECURITY.md DC-02): a store that reads with
 * {@code query(Type.class)} reads with {@code query(cipher.rows(Type.class, "table", "column", …))}.
 */
final class DecryptingRowMapper<T> extends DataClassRowMapper<T> {

    private final FieldCipher cipher;
    private final String table;
    private final Set<String> columns;

    DecryptingRowMapper(Class<T> type, FieldCipher cipher, String table, Set<String> columns) {
        super(type);
        this.cipher = cipher;
        this.table = table;
        this.columns = columns;
    }

    @Override
    protected Object getColumnValue(ResultSet rs, int index, Class<?> paramType) throws SQLException {
        Object value = super.getColumnValue(rs, index, paramType);
        if (value instanceof String s) {
            String column = rs.getMetaData().getColumnLabel(index).toLowerCase(Locale.ROOT);
            if (columns.contains(column)) {
                return cipher.decrypt(table + "." + column, s);
            }
        }
        return value;
    }
}
