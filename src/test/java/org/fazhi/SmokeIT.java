package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.fazhi.support.FazhiIT;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@FazhiIT
class SmokeIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void portalHomeIsPublic() {
        assertThat(mvc.get().uri("/")).hasStatusOk();
    }

    @Test
    void consoleRequiresSignIn() {
        assertThat(mvc.get().uri("/console")).hasStatus3xxRedirection();
    }

    @Test
    void apiRequiresAuthenticationWithProblemBody() {
        assertThat(mvc.get().uri("/api/v1/anything")).hasStatus(401)
                .bodyJson().extractingPath("$.status").isEqualTo(401);
    }
}
