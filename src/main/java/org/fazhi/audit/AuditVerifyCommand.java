package org.fazhi.audit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.audit.internal.ChainVerifier;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line check of the audit chain (SECURITY.md AUD-03):
 * {@code java -jar fazhi.jar --audit-verify [--spring.datasource.url=...]}. It starts the
 * application with the same configuration but without a web server ({@code server.port=-1}) and
 * without the start-up runners (demo data, first administrator), walks the hash chain, records the
 * verification in the log, prints one line for people and one JSON line for scripts, and returns
 * the exit status: {@value #INTACT} intact, {@value #BROKEN} broken, {@value #FAILED} could not run
 * (e.g. the embedded database is in use by a running server).
 */
public final class AuditVerifyCommand {

    public static final String OPTION = "--audit-verify";
    public static final int INTACT = 0;
    public static final int FAILED = 1;
    public static final int BROKEN = 2;

    private AuditVerifyCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /** Runs the check with {@code application}'s configuration; returns the exit status. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        SpringApplication app = new SpringApplication(application);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        Verification verification = new Verification(out);
        app.addListeners(verification);
        try {
            app.run(arguments(args)).close();
            out.println("audit verification did not run");
            return FAILED;
        } catch (SpringApplication.AbandonedRunException done) {
            if (done.getApplicationContext() != null) {
                done.getApplicationContext().close();
            }
            return verification.status;
        } catch (RuntimeException e) {
            out.println("audit verification failed: " + e.getMessage());
            return FAILED;
        }
    }

    /** The caller's arguments without this option and any port, with the web server off. */
    static String[] arguments(String[] args) {
        List<String> list = new ArrayList<>();
        boolean logLevel = false;
        for (String a : args) {
            if (a.equals(OPTION) || a.startsWith("--server.port")) {
                continue;
            }
            logLevel |= a.startsWith("--logging.level.root");
            list.add(a);
        }
        list.add("--server.port=-1");
        if (!logLevel) {
            list.add("--logging.level.root=WARN");
        }
        return list.toArray(String[]::new);
    }

    /** Runs once the context is ready, before any start-up runner, then abandons the start-up. */
    private static final class Verification implements ApplicationListener<ApplicationStartedEvent> {

        private final PrintStream out;
        private int status = FAILED;

        Verification(PrintStream out) {
            this.out = out;
        }

        @Override
        public void onApplicationEvent(ApplicationStartedEvent event) {
            ConfigurableApplicationContext context = event.getApplicationContext();
            ChainVerification v = context.getBean(ChainVerifier.class).verify();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("intact", v.intact());
            result.put("checked", v.checked());
            result.put("firstBrokenSeq", v.firstBrokenSeq());
            result.put("reason", v.reason());
            AuditLog audit = context.getBean(AuditLog.class);
            Map<String, Object> details = new LinkedHashMap<>(result);
            details.values().removeIf(java.util.Objects::isNull);
            details.put("via", "command-line");
            new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(s -> audit.action(AuditTrail.CHAIN, null, "verify", details));
            MessageSource messages = context.getBean(MessageSource.class);
            Locale locale = Locale.SIMPLIFIED_CHINESE;
            out.println(v.intact()
                    ? messages.getMessage("audit.cli.intact", new Object[] {String.valueOf(v.checked())}, locale)
                    : messages.getMessage("audit.cli.broken", new Object[] {String.valueOf(v.firstBrokenSeq()),
                            messages.getMessage("audit.verify.reason." + v.reason(), null, v.reason(), locale),
                            String.valueOf(v.checked())}, locale));
            out.println(context.getBean(JsonMapper.class).writeValueAsString(result));
            status = v.intact() ? INTACT : BROKEN;
            throw new SpringApplication.AbandonedRunException(context);
        }
    }
}
