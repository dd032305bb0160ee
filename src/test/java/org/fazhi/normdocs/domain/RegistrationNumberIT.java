package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.RegistrationNumbers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三统一: registration numbers per registering office and year are unique and gap-free, also when
 * sixteen registrations of documents of bodies under the same office run at once, and when a
 * registration is rolled back.
 */
@FazhiIT
class RegistrationNumberIT extends NormdocsTestBase {

    static final int THREADS = 16;

    @Autowired
    PlatformTransactionManager tx;

    @BeforeEach
    void standOnAWorkingDay() {
        on(LocalDate.of(2025, 6, 3));
    }

    private int lastSerial(int year) {
        return jdbc.sql("select last_serial from registration_counter where registering_unit_id = ? and year_no = ?")
                .params(fx.office(), year).query(Integer.class).optional().orElse(0);
    }

    private NormativeDocument deliberated(IssuingBody body, String title) {
        NormativeDocument d = draft(body, title, false);
        lawful(d.id());
        return deliberate(d.id());
    }

    private static int serial(String registrationNumber) {
        return Integer.parseInt(registrationNumber.substring(registrationNumber.length() - 5));
    }

    /**
     * In a year nobody registered in yet for this office, so that the sixteen also race to create the
     * year's counter.
     */
    @Test
    void sixteenConcurrentRegistrationsGetSerialsWithoutGapsOrDuplicates() throws Exception {
        on(LocalDate.of(2023, 6, 1));
        IssuingBody other = fx.secondBody(ctx, "农业办" + NormdocsFixture.letters(2));
        List<NormativeDocument> docs = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            IssuingBody body = i % 2 == 0 ? fx.body() : other;
            docs.add(deliberated(body, "并发登记文件" + i));
            numbers.add(nextNumber(body));
        }
        int before = lastSerial(2023);
        assertThat(before).isZero();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<NormativeDocument>> results = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                long id = docs.get(i).id();
                String number = numbers.get(i);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return actingAs.run("fzb", () -> documents.register(id, number));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<NormativeDocument> registered = new ArrayList<>();
            for (Future<NormativeDocument> f : results) {
                registered.add(f.get(120, TimeUnit.SECONDS));
            }

            Set<Integer> serials = new TreeSet<>();
            for (NormativeDocument d : registered) {
                assertThat(d.status()).isEqualTo(DocumentStatus.REGISTERED);
                assertThat(d.registrationNumber()).matches(fx.officePrefix() + "2023\\d{5}");
                serials.add(serial(d.registrationNumber()));
            }
            assertThat(serials).as("unique").hasSize(THREADS);
            assertThat(serials).as("gap-free after the serials already issued")
                    .containsExactlyElementsOf(IntStream.rangeClosed(before + 1, before + THREADS).boxed().toList());
            assertThat(lastSerial(2023)).isEqualTo(before + THREADS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackRegistrationGivesItsSerialBack() {
        NormativeDocument a = deliberated(fx.body(), "回滚登记文件");
        NormativeDocument b = deliberated(fx.body(), "回滚后登记文件");
        int before = lastSerial(2025);

        TransactionTemplate template = new TransactionTemplate(tx);
        template.executeWithoutResult(status -> {
            NormativeDocument inside = actingAs.run("fzb", () -> documents.register(a.id(), nextNumber(fx.body())));
            assertThat(serial(inside.registrationNumber())).isEqualTo(before + 1);
            status.setRollbackOnly();
        });
        assertThat(reload(a.id()).registrationNumber()).isNull();
        assertThat(reload(a.id()).status()).isEqualTo(DocumentStatus.DELIBERATED);
        assertThat(lastSerial(2025)).isEqualTo(before);

        NormativeDocument next = register(b.id());
        assertThat(next.registrationNumber()).isEqualTo(RegistrationNumbers.format(fx.officePrefix(), 2025, before + 1));
        NormativeDocument again = register(a.id());
        assertThat(serial(again.registrationNumber())).isEqualTo(before + 2);
    }

    @Test
    void theCounterRunsPerOfficeAndYear() {
        on(LocalDate.of(2024, 12, 31));
        NormativeDocument last = deliberated(fx.body(), "年末登记文件");
        int before2024 = lastSerial(2024);
        assertThat(register(last.id()).registrationNumber())
                .isEqualTo(RegistrationNumbers.format(fx.officePrefix(), 2024, before2024 + 1));
        assertThat(RegistrationNumbers.format("LXDR", 2015, 8)).isEqualTo("LXDR201500008");
    }
}
