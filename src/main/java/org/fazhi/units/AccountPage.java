package org.fazhi.units;

import java.util.List;
import org.fazhi.units.UserAccounts.AccountView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * An account's console page ({@code /console/users/{id}}), for the controllers that end on it: units'
 * own and the sign-in module's (a service account's tokens, a second-factor reset). Every
 * {@link AccountPageSection} adds its part.
 */
@Component
public class AccountPage {

    /** The page's template. */
    public static final String VIEW = "units/user";

    private final UserAccounts accounts;
    private final Units units;
    private final List<AccountPageSection> sections;

    AccountPage(UserAccounts accounts, Units units, List<AccountPageSection> sections) {
        this.accounts = accounts;
        this.units = units;
        this.sections = sections;
    }

    /** Fills {@code model} for the account {@code id} (404 outside the data scope) and names the view. */
    public String show(long id, Model model) {
        AccountView account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("unitName", units.name(account.unitId()));
        model.addAttribute("administratorAccount", account.roles().stream().anyMatch(Role::isAdministrator));
        sections.forEach(s -> s.addTo(account, model));
        return VIEW;
    }
}
