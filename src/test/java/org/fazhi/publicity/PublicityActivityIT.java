package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.publicity.internal.ActivityProcedure;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A publicity activity's procedure: the public calendar announces only what is still to come, an activity is
 * recorded as held only once it has started and on a day of its dates, the calendar shows announced and held
 * activities only and without personal identifiers, and the guide on the page agrees with the steps for every
 * state, step and user.
 */
@FazhiIT
class PublicityActivityIT extends PublicityTestBase {

    private static final LocalDate START = LocalDate.of(2026, 6, 15);

    @Autowired
    ActivityGuide guide;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anActivityAlreadyOverIsNotAnnouncedButRecordedAsHeld() {
        on(START);
        PublicityActivity past = planned("过去的讲座", START.minusDays(10), START.minusDays(9));
        assertThatThrownBy(() -> as("donghu", () -> activities.announce(past.id(), new AnnouncementRequest(null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("over"));
        PublicityActivity held = as("donghu", () -> activities.recordHeld(past.id(),
                new HeldRequest(START.minusDays(9), 45, 100, null)));
        assertThat(held.status()).isEqualTo(ActivityStatus.HELD);
        assertThat(held.participants()).isEqualTo(45);
    }

    @Test
    void anActivityIsNotRecordedAsHeldBeforeItStarts() {
        on(START);
        PublicityActivity future = announced("将来的宣传", START.plusDays(3), START.plusDays(3));
        assertThatThrownBy(() -> as("donghu", () -> activities.recordHeld(future.id(),
                new HeldRequest(START, 10, 0, null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("not-started"));
    }

    @Test
    void theDayHeldLiesWithinTheActivitysDates() {
        on(START);
        PublicityActivity a = planned("两日宣传", START.minusDays(3), START.minusDays(2));
        assertThatThrownBy(() -> as("donghu", () -> activities.recordHeld(a.id(), new HeldRequest(START, 10, 0, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("heldOn"));
        assertThatThrownBy(() -> as("donghu", () -> activities.plan(new ActivityRequest(unit("SFX-DH"), null, "倒置",
                ActivityKind.OTHER, START, START.minusDays(1), "镇政府", null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("endsOn"));
    }

    @Test
    void thePublicCalendarShowsAnnouncedAndHeldActivitiesWithoutIdentifiers() {
        on(START);
        PublicityActivity shown = announced("日历上的讲座", START.plusDays(5), START.plusDays(5));
        PublicityActivity hidden = planned("未预告的讲座", START.plusDays(6), START.plusDays(6));
        List<PublicActivity> calendar = activities.publicCalendar(START, START.plusDays(30));
        assertThat(calendar).extracting(PublicActivity::id).contains(shown.id()).doesNotContain(hidden.id());
        PublicActivity p = calendar.stream().filter(x -> x.id().equals(shown.id())).findFirst().orElseThrow();
        assertThat(p.description()).doesNotContain("13800001111").contains("民法典");
        assertThat(p.unitName()).isEqualTo("东湖镇人民政府");
    }

    @Test
    void forEveryStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        on(START);
        Map<String, PublicityActivity> states = new LinkedHashMap<>();
        states.put("planned, to come", planned("计划", START.plusDays(5), START.plusDays(5)));
        states.put("planned, running", planned("进行中", START.minusDays(1), START.plusDays(1)));
        states.put("planned, over", planned("已过", START.minusDays(5), START.minusDays(4)));
        states.put("announced, to come", announced("已预告", START.plusDays(5), START.plusDays(5)));
        PublicityActivity started = announced("已预告已开始", START.plusDays(1), START.plusDays(2));
        states.put("announced, started", started);
        PublicityActivity held = planned("已开展", START.minusDays(2), START.minusDays(2));
        as("donghu", () -> activities.recordHeld(held.id(), new HeldRequest(START.minusDays(2), 5, 5, null)));
        states.put("held", held);
        PublicityActivity cancelled = planned("已取消", START.plusDays(2), START.plusDays(2));
        as("donghu", () -> activities.cancel(cancelled.id(), new CancelRequest("天气原因", null)));
        states.put("cancelled", cancelled);
        on(START.plusDays(1));

        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var e : states.entrySet()) {
            long id = e.getValue().id();
            for (String user : List.of("donghu", "fzb", "lingdao", "xishan", "zhifa1")) {
                Guide<ActivityStatus> g;
                try {
                    g = as(user, () -> guide.of(id));
                } catch (NotFoundException nf) {
                    g = null;
                }
                for (var step : ActivityProcedure.PEOPLE_STEPS) {
                    String name = ActivityProcedure.name(step);
                    String outcome = take(user, name, e.getValue());
                    String where = e.getKey() + " / " + name + " / " + user + ": ";
                    if (g == null) {
                        if (!outcome.equals("not-found") && !outcome.equals("forbidden")) {
                            disagreements.add(where + "guide 404, step " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(name);
                    if (check.allowed()) {
                        allowed++;
                        if (!outcome.equals("done")) {
                            disagreements.add(where + "guide allowed, step " + outcome);
                        }
                    } else if (outcome.equals("forbidden") ? !"role".equals(check.code())
                            : !outcome.equals("refused:" + check.code())) {
                        disagreements.add(where + "guide refused " + check.code() + ", step " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(allowed).isGreaterThan(10);
    }

    static Material leaflet() {
        return new Material(new java.io.ByteArrayInputStream("民法典宣传折页".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "折页.txt", "text/plain");
    }

    /** Takes the step as the user, with valid input (held on the activity's first day), rolled back. */
    private String take(String user, String step, PublicityActivity a) {
        long id = a.id();
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                as(user, () -> switch (step) {
                    case "announce" -> activities.announce(id, new AnnouncementRequest(null));
                    case "record-held" -> activities.recordHeld(id, new HeldRequest(a.startsOn(), 10, 10, null));
                    case "cancel" -> activities.cancel(id, new CancelRequest("改期", null));
                    case "add-material" -> activities.addMaterials(id, List.of(leaflet()));
                    default -> throw new IllegalArgumentException(step);
                });
            });
            return "done";
        } catch (NotFoundException e) {
            return "not-found";
        } catch (AccessDeniedException e) {
            return "forbidden";
        } catch (RefusedException e) {
            return "refused:" + e.code();
        } catch (InvalidInputException e) {
            return "invalid:" + e.fieldProblems();
        }
    }
}
