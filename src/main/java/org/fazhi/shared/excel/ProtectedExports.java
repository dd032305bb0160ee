package org.fazhi.shared.excel;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Exports that carry personal data in full (SECURITY.md DC-03). A module's export is masked by default
 * (a plain XLSX, {@link SpreadsheetDownload}); when the user needs the values in full, the workbook is
 * encrypted with OOXML agile encryption (AES-256-CBC, SHA-512 key derivation with 100,000 spins: what
 * Office and WPS open with a password) under a random password made for that one export. The password
 * is shown once to the exporting user and kept nowhere; the server keeps only the encrypted file, in the
 * user's session, until its one download ({@link #take}). The module audits which of the two was chosen.
 */
public final class ProtectedExports {

    /** Letters and digits that cannot be mistaken for each other when read off the screen, and symbols. */
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "#%*-+=";
    /** Length of the generated passwords: about 95 bits from the alphabet below. */
    public static final int PASSWORD_LENGTH = 16;
    private static final String PREFIX = "fazhi.protected-export.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProtectedExports() {
    }

    /** An encrypted export waiting in the session for its one download (the file name with its extension). */
    record Parked(String fileName, byte[] content) implements Serializable {
    }

    /** What the exporting user is shown once: the key of the download and the file's password. */
    public record Issued(String key, String password) {
    }

    /**
     * Encrypts the workbook written by {@code writer} under a new password and keeps the encrypted file
     * in the session for one download; {@code fileName} without the extension.
     */
    public static Issued park(HttpSession session, String fileName, java.util.function.Consumer<? super OutputStream>
            writer) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        writer.accept(plain);
        String password = newPassword();
        byte[] encrypted = encrypt(plain.toByteArray(), password);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        session.setAttribute(PREFIX + key, new Parked(fileName + ".xlsx", encrypted));
        return new Issued(key, password);
    }

    /** The encrypted file parked under {@code key}, once: the copy in the session is removed. */
    public static Optional<ResponseEntity<byte[]>> take(HttpSession session, String key) {
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Object stored = session.getAttribute(PREFIX + key);
        session.removeAttribute(PREFIX + key);
        if (!(stored instanceof Parked parked)) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(SpreadsheetDownload.TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(parked.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(parked.content()));
    }

    /** The XLSX {@code xlsx} encrypted with OOXML agile encryption (AES-256, SHA-512) under {@code password}. */
    public static byte[] encrypt(byte[] xlsx, String password) {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512,
                256, 16, ChainingMode.cbc);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(password);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
                    OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("the export could not be encrypted", e);
        }
    }

    /** A random password of {@value #PASSWORD_LENGTH} characters with every class present. */
    static String newPassword() {
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        while (true) {
            StringBuilder sb = new StringBuilder(PASSWORD_LENGTH);
            for (int i = 0; i < PASSWORD_LENGTH; i++) {
                sb.append(all.charAt(RANDOM.nextInt(all.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(c -> UPPER.indexOf(c) >= 0) && p.chars().anyMatch(c -> LOWER.indexOf(c) >= 0)
                    && p.chars().anyMatch(c -> DIGITS.indexOf(c) >= 0) && p.chars().anyMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
                return p;
            }
        }
    }
}
