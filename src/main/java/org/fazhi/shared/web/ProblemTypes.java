package org.fazhi.shared.web;

import java.net.URI;

/** The {@code type} URIs of the problems Fazhi answers with; documented at /problems/{code}. */
public final class ProblemTypes {

    private ProblemTypes() {
    }

    public static URI of(String code) {
        return URI.create("/problems/" + code);
    }
}
