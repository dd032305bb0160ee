package org.fazhi.shared.privacy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * Encrypts the {@link Encrypted} fields of an entity just before Spring Data JDBC writes it (and sets
 * their blind indexes), and decrypts them again after the write and whenever an entity is read: the
 * aggregate in the module's hands always holds plain values, its row only cipher text.
 */
@Component
@Order(0)
public class EncryptedFields implements BeforeConvertCallback<Object>, AfterSaveCallback<Object>,
        AfterConvertCallback<Object> {

    private record Sealed(Field field, String column, Field index, boolean upper) {
    }

    private static final ClassValue<List<Sealed>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Sealed> computeValue(Class<?> type) {
            List<Sealed> out = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    Encrypted e = f.getAnnotation(Encrypted.class);
                    if (e == null) {
                        continue;
                    }
                    if (f.getType() != String.class) {
                        throw new IllegalStateException("@Encrypted needs a String field: " + f);
                    }
                    f.setAccessible(true);
                    Field index = null;
                    if (!e.index().isEmpty()) {
                        try {
                            index = c.getDeclaredField(e.index());
                        } catch (NoSuchFieldException ex) {
                            throw new IllegalStateException("@Encrypted names a missing index field: " + f, ex);
                        }
                        index.setAccessible(true);
                    }
                    out.add(new Sealed(f, e.value(), index, e.upperCaseForIndex()));
                }
            }
            return List.copyOf(out);
        }
    };

    private final FieldCipher cipher;

    EncryptedFields(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The blind index of a value as an {@link Encrypted} field with this setting stores it. */
    public static String indexValue(FieldCipher cipher, String column, String plain, boolean upperCase) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        String v = plain.strip();
        return cipher.digest(column, upperCase ? v.toUpperCase(Locale.ROOT) : v);
    }

    @Override
    public Object onBeforeConvert(Object entity) {
        for (Sealed s : FIELDS.get(entity.getClass())) {
            String plain = (String) get(s.field(), entity);
            if (s.index() != null) {
                set(s.index(), entity, indexValue(cipher, s.column(), plain, s.upper()));
            }
            set(s.field(), entity, cipher.encrypt(s.column(), plain));
        }
        return entity;
    }

    @Override
    public Object onAfterSave(Object entity) {
        return open(entity);
    }

    @Override
    public Object onAfterConvert(Object entity) {
        return open(entity);
    }

    private Object open(Object entity) {
        for (Sealed s : FIELDS.get(entity.getClass())) {
            set(s.field(), entity, cipher.decrypt(s.column(), (String) get(s.field(), entity)));
        }
        return entity;
    }

    private static Object get(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object o, Object v) {
        try {
            f.set(o, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
