package org.fazhi.shared.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a Spring Data JDBC entity whose column holds personal data encrypted with
 * {@link FieldCipher} (SECURITY.md DC-02): {@link EncryptedFields} encrypts it before the entity is
 * written and decrypts it when the entity is read, so the entity itself holds the plain value. The
 * column must also be declared as an {@link EncryptedColumn} bean (the key rotation and the at-rest
 * test read that registry).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Encrypted {

    /** The column as {@code table.column}: the name the cipher binds the value to. */
    String value();

    /**
     * The entity's field that keeps the value's blind index ({@link FieldCipher#digest} of the
     * stripped value), where the value is looked up; empty if it is not.
     */
    String index() default "";

    /** Upper-cases the value before the blind index is taken (an identity number's final x or X). */
    boolean upperCaseForIndex() default false;
}
