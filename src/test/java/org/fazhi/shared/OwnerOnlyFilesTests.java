package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTests {

    @Test
    void aSecretFileIsReadableByItsOwnerAloneAndNeverOverwritten(@TempDir Path dir) throws Exception {
        Path file = OwnerOnlyFiles.create(dir.resolve("keys/field.key"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThatThrownBy(() -> OwnerOnlyFiles.create(file)).isInstanceOf(FileAlreadyExistsException.class);
    }
}
