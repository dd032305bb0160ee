package org.fazhi.shared.privacy;

/**
 * A column a module stores encrypted with {@link FieldCipher} (its name, {@code table.column}, is the
 * associated data), declared as a bean so that the key rotation re-encrypts it. {@code idColumn} is
 * the table's key.
 */
public record EncryptedColumn(String table, String idColumn, String column) {

    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a plain SQL name: " + name);
            }
        }
    }

    /** The name the cipher binds values to. */
    public String qualified() {
        return table + "." + column;
    }
}
