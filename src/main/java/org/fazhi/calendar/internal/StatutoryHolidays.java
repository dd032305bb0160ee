package org.fazhi.calendar.internal;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days off of a year whose State Council notice is not entered yet, computed from
 * 《全国年节及纪念日放假办法》 (2024 revision, in force 2025-01-01), Art. 2: 元旦 1 day (1 January);
 * 春节 4 days (除夕 and 正月初一至初三); 清明节 1 day (the 清明 solar term); 劳动节 2 days (1–2 May);
 * 端午节 1 day (五月初五); 中秋节 1 day (八月十五); 国庆节 3 days (1–3 October). Art. 5: a holiday
 * that falls on a Saturday or Sunday is made up on the following working day. Make-up working
 * weekends (调休) cannot be foreseen and are not guessed: such a year is only ever provisional.
 */
final class StatutoryHolidays {

    /** Festival names as the notices and the shipped calendar data write them. */
    static final String NEW_YEAR = "元旦";
    static final String SPRING_FESTIVAL = "春节";
    static final String QINGMING = "清明节";
    static final String LABOUR_DAY = "劳动节";
    static final String DRAGON_BOAT = "端午节";
    static final String MID_AUTUMN = "中秋节";
    static final String NATIONAL_DAY = "国庆节";

    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private record Festival(String name, List<LocalDate> days) {
    }

    private StatutoryHolidays() {
    }

    /** The provisional days off of {@code year}, each with its festival name. */
    static Map<LocalDate, String> forYear(int year) {
        return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    /** 正月初一 of the lunar year that begins in {@code year}. */
    static LocalDate springFestival(int year) {
        return local(Lunar.fromYmd(year, 1, 1).getSolar());
    }

    /** 除夕: the last day of 腊月 (the 29th or the 30th), the eve of 正月初一. */
    static LocalDate newYearsEve(int year) {
        return springFestival(year).minusDays(1);
    }

    /** The 清明 solar term of {@code year} (4 or 5 April). */
    static LocalDate qingming(int year) {
        LocalDate d = local(Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明"));
        if (d.getYear() != year) {
            throw new IllegalStateException("清明 of " + year + " computed as " + d);
        }
        return d;
    }

    static LocalDate dragonBoat(int year) {
        return local(Lunar.fromYmd(year, 5, 5).getSolar());
    }

    static LocalDate midAutumn(int year) {
        return local(Lunar.fromYmd(year, 8, 15).getSolar());
    }

    private static Map<LocalDate, String> compute(int year) {
        LocalDate sf = springFestival(year);
        List<Festival> festivals = new ArrayList<>(List.of(
                new Festival(NEW_YEAR, List.of(LocalDate.of(year, 1, 1))),
                new Festival(SPRING_FESTIVAL, List.of(sf.minusDays(1), sf, sf.plusDays(1), sf.plusDays(2))),
                new Festival(QINGMING, List.of(qingming(year))),
                new Festival(LABOUR_DAY, List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2))),
                new Festival(DRAGON_BOAT, List.of(dragonBoat(year))),
                new Festival(MID_AUTUMN, List.of(midAutumn(year))),
                new Festival(NATIONAL_DAY,
                        List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3)))));
        festivals.sort(Comparator.comparing((Festival f) -> f.days().get(0)));
        TreeMap<LocalDate, String> off = new TreeMap<>();
        for (Festival f : festivals) {
            for (LocalDate d : f.days()) {
                off.merge(d, f.name(), (a, b) -> a + "、" + b);
            }
        }
        List<LocalDate> counted = new ArrayList<>();
        for (Festival f : festivals) {
            LocalDate next = f.days().get(f.days().size() - 1).plusDays(1);
            for (LocalDate d : f.days()) {
                if (!isWeekend(d) || counted.contains(d)) {
                    continue;
                }
                counted.add(d);
                while (isWeekend(next) || off.containsKey(next)) {
                    next = next.plusDays(1);
                }
                off.put(next, f.name());
            }
        }
        return Collections.unmodifiableMap(off);
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate local(Solar s) {
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }
}
