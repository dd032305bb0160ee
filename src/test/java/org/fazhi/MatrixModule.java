package org.fazhi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fazhi.MatrixFixtures.Side;
import org.fazhi.units.Role;

/**
 * How a module declares its operations to the authorization matrix ({@link AuthorizationMatrixIT}), one
 * line per operation of its API:
 *
 * <pre>
 * MatrixModule.of("/api/v1/litigation", "SFX-SJJ", "SFX-ZHZF")          // path prefix, own unit, another unit
 *         .record("/cases/{id}", (fx, side) -&gt; fx.idOf("litigation_case", "defendant_unit_id", side))
 *         .op("GET /cases", STAFF)                                       // who may call it
 *         .op("POST /cases/{id}/defence", HANDLERS, "{\"submittedOn\":\"{today}\"}")
 *         .op("POST /cases", HANDLERS).scoped()                          // the body names the unit
 * </pre>
 *
 * <ul>
 * <li>The own unit is where the matrix's callers (one account per role) work; the other unit is outside
 * their scope. Every path variable is filled from the longest {@link #record record} template that
 * ends with it, with a record of the own or the other unit.</li>
 * <li>An operation with a path variable is scoped (another unit's record must be refused); one
 * without is not, unless marked {@link #scoped()} (a body that names the unit: {@code {unit}}).</li>
 * <li>A JSON body not given is made from the operation's schema in {@code /v3/api-docs} (required
 * fields; a field named {@code unitId} or ending in {@code UnitId} gets the side's unit). In a given
 * body, {@code {unit}} is the side's unit id, {@code {today}} today's date, {@code {n}} a number unique
 * to the call.</li>
 * <li>{@link #accepts(String)}: on the own side, a 404 for this entity or a 409 with this code is an
 * answer, not a refusal (the record is not in a state the call needs).</li>
 * </ul>
 * A module declares itself in {@code MatrixModules} and is added to {@code AuthorizationMatrixIT#MODULES}.
 */
final class MatrixModule {

    /** One declared operation. */
    record Decl(String key, Set<Role> allowed, BiFunction<Role, Side, String> body, List<String> accepts,
            boolean scoped, String multipart, Map<String, String> params) {
    }

    final String prefix;
    final String ownUnit;
    final String otherUnit;
    final Map<String, BiFunction<MatrixFixtures, Side, Object>> records = new LinkedHashMap<>();
    final List<Decl> ops = new ArrayList<>();
    final Map<String, BiFunction<MatrixFixtures, Side, Object>> placeholders = new LinkedHashMap<>();

    private MatrixModule(String prefix, String ownUnit, String otherUnit) {
        this.prefix = prefix;
        this.ownUnit = ownUnit;
        this.otherUnit = otherUnit;
    }

    /** A module under a path prefix, called from 东湖镇 on its records and on 西山乡's. */
    static MatrixModule of(String prefix) {
        return new MatrixModule(prefix, null, null);
    }

    /** A module under a path prefix, called from a unit (its code) on its records and another unit's. */
    static MatrixModule of(String prefix, String ownUnit, String otherUnit) {
        return new MatrixModule(prefix, ownUnit, otherUnit);
    }

    /** A placeholder of bodies and parameters ({@code {name}}), its value per side made once. */
    MatrixModule placeholder(String name, BiFunction<MatrixFixtures, Side, Object> make) {
        placeholders.put("{" + name + "}", make);
        return this;
    }

    /** Where a path variable's value comes from: the template ends with the variable. */
    MatrixModule record(String template, BiFunction<MatrixFixtures, Side, Object> make) {
        records.put(template, make);
        return this;
    }

    /** A record the public sees: the first id a public list answers ({@code jsonPath} over its JSON). */
    record FromList(String listPath, String jsonPath) {
    }

    /** Where a path variable of a public operation comes from: the first record of a public list. */
    MatrixModule fromList(String template, String listPath, String jsonPath) {
        records.put(template, (fx, s) -> new FromList(listPath, jsonPath));
        return this;
    }

    /** An operation ("METHOD /path" under the prefix) that only {@code allowed} may call. */
    MatrixModule op(String key, Set<Role> allowed) {
        return op(key, allowed, (String) null);
    }

    /** An operation with its JSON body ({@code {unit}}, {@code {today}}, {@code {n}} are filled in). */
    MatrixModule op(String key, Set<Role> allowed, String body) {
        return op(key, allowed, body == null ? null : (r, s) -> body);
    }

    MatrixModule op(String key, Set<Role> allowed, BiFunction<Role, Side, String> body) {
        int space = key.indexOf(' ');
        String full = key.substring(0, space) + " " + prefix + key.substring(space + 1);
        ops.add(new Decl(full, allowed, body, List.of(), full.contains("{"), null, Map.of()));
        return this;
    }

    /** A multipart operation: one file under this part name (and the parameters given as key, value). */
    MatrixModule upload(String key, Set<Role> allowed, String part) {
        op(key, allowed);
        Decl d = last();
        ops.set(ops.size() - 1, new Decl(d.key(), d.allowed(), d.body(), d.accepts(), d.scoped(), part, d.params()));
        return this;
    }

    /** The last operation is scoped although its path has no variable (its body names the unit). */
    MatrixModule scoped() {
        Decl d = last();
        ops.set(ops.size() - 1, new Decl(d.key(), d.allowed(), d.body(), d.accepts(), true, d.multipart(), d.params()));
        return this;
    }

    /** The last operation is not scoped (its path variable is not a record of a unit). */
    MatrixModule unscoped() {
        Decl d = last();
        ops.set(ops.size() - 1, new Decl(d.key(), d.allowed(), d.body(), d.accepts(), false, d.multipart(), d.params()));
        return this;
    }

    /** Request parameters of the last operation (as key, value; {@code {unit}}, {@code {today}} filled in). */
    MatrixModule param(String... kv) {
        Decl d = last();
        Map<String, String> all = new LinkedHashMap<>(d.params());
        for (int i = 0; i < kv.length; i += 2) {
            all.put(kv[i], kv[i + 1]);
        }
        ops.set(ops.size() - 1, new Decl(d.key(), d.allowed(), d.body(), d.accepts(), d.scoped(), d.multipart(), all));
        return this;
    }

    /** On the own side, a 404 for this entity or a 409 with this code answers the last operation. */
    MatrixModule accepts(String... entityOrCode) {
        Decl d = last();
        List<String> all = new ArrayList<>(d.accepts());
        all.addAll(List.of(entityOrCode));
        ops.set(ops.size() - 1, new Decl(d.key(), d.allowed(), d.body(), all, d.scoped(), d.multipart(), d.params()));
        return this;
    }

    private Decl last() {
        return ops.get(ops.size() - 1);
    }

    /**
     * The record templates (under the prefix) a path starts with, longest first: each fills the
     * variables of its template (a {@code long[]} fills them in order, another value the last one).
     */
    List<String> templatesOf(String path) {
        return records.keySet().stream().filter(t -> path.startsWith(prefix + t))
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    static Function<String, String> fill(long unit, String today, int n) {
        return s -> s.replace("{unit}", String.valueOf(unit)).replace("{today}", today).replace("{n}",
                String.valueOf(n)).replace("{year}", today.substring(0, 4));
    }
}
