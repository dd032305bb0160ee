package org.fazhi.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.fazhi.audit.ChainVerification;
import org.fazhi.reconsideration.PublicApplications;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;

/** The test-profile check that whatever is put into a session can be saved by the database session store. */
class SessionAttributesSerialiseTests {

    private final SessionAttributesSerialise.CheckFilter filter = new SessionAttributesSerialise.CheckFilter();

    private static final class NotSerializable {
    }

    private void run(FilterChain chain) throws Exception {
        filter.doFilter(new MockHttpServletRequest("POST", "/console/x"), new MockHttpServletResponse(), chain);
    }

    @Test
    void aRequestThatPutsANonSerializableObjectIntoTheSessionFails() {
        assertThatThrownBy(() -> run((req, res) -> ((HttpServletRequest) req).getSession().setAttribute("result",
                new NotSerializable())))
                .isInstanceOf(SessionAttributesSerialise.NonSerializableSessionAttribute.class)
                .hasMessageContaining("result").hasMessageContaining("NotSerializable");
    }

    @Test
    void aNonSerializableRecordFlashedToTheNextPageFails() {
        FlashMap flash = new FlashMap();
        flash.put("verification", new NotSerializable());
        assertThatThrownBy(() -> run((req, res) -> ((HttpServletRequest) req).getSession().setAttribute(
                "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS", List.of(flash))))
                .isInstanceOf(SessionAttributesSerialise.NonSerializableSessionAttribute.class);
    }

    @Test
    void theRecordsTheConsoleFlashesAreSerializable() {
        FlashMap flash = new FlashMap();
        flash.put("verification", new ChainVerification(12, null, null));
        flash.put("receipt", new PublicApplications.Receipt("FY2026-0001", "AB12CD", java.time.LocalDate.of(2026, 3, 2),
                "示范县人民政府"));
        flash.put("flashSuccess", "已保存");
        flash.put("submitted", true);
        assertThatCode(() -> run((req, res) -> {
            var session = ((HttpServletRequest) req).getSession();
            session.setAttribute("flash", new java.util.ArrayList<>(List.of(flash)));
            session.setAttribute("fazhi.signedInAt", Instant.now());
        })).doesNotThrowAnyException();
    }

    @Test
    void aRequestWithoutASessionOrWithAnEndedOneIsNotChecked() {
        assertThatCode(() -> run((req, res) -> {
        })).doesNotThrowAnyException();
        assertThatCode(() -> run((req, res) -> {
            var session = ((HttpServletRequest) req).getSession();
            session.setAttribute("x", new NotSerializable());
            session.invalidate();
        })).doesNotThrowAnyException();
    }
}
