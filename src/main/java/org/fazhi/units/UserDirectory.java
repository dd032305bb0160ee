package org.fazhi.units;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.units.internal.UserStore;
import org.fazhi.units.internal.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of accounts for other modules (who to remind, who reviewed). */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserStore store;

    UserDirectory(UserStore store) {
        this.store = store;
    }

    public Optional<UserSummary> find(Long id) {
        return id == null ? Optional.empty() : store.find(id).map(UserAccount::summary);
    }

    public Optional<UserSummary> findByUsername(String username) {
        return store.findByUsername(username).map(UserAccount::summary);
    }

    /** Enabled accounts holding {@code role} in any of the given units. */
    public List<UserSummary> withRole(Collection<Long> unitIds, Role role) {
        return store.withRoleInUnits(unitIds, role).stream().map(UserAccount::summary).toList();
    }

    public String displayName(Long id) {
        return find(id).map(UserSummary::displayName).orElse("");
    }
}
