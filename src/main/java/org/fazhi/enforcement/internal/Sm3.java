package org.fazhi.enforcement.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SM3 digest (GB/T 32905) of evidence, beside the file store's SHA-256: an input stream that
 * digests what passes through it, so the upload is read once.
 */
public final class Sm3 extends FilterInputStream {

    private final SM3Digest digest = new SM3Digest();

    public Sm3(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            digest.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The hex digest of everything read so far (call once, after the stream was read to its end). */
    public String hex() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** The SM3 of a whole byte array. */
    public static String of(byte[] bytes) {
        SM3Digest d = new SM3Digest();
        d.update(bytes, 0, bytes.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
