package org.fazhi.units;

import org.springframework.ui.Model;

/**
 * Another module's part of an account's console page ({@code /console/users/{id}}): the sign-in
 * module adds the second-factor state and a service account's tokens. Units renders the page and asks
 * every section to add its attributes, so it needs none of their types.
 */
public interface AccountPageSection {

    void addTo(UserAccounts.AccountView account, Model model);
}
