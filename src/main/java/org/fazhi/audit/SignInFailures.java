package org.fazhi.audit;

import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins in a period (SECURITY.md AUD-06), counted per account name and per source
 * address, most failures first. {@code knownAccount} is false for names that match no account.
 */
public record SignInFailures(Instant from, Instant to, List<ByAccount> byAccount, List<ByAddress> byAddress) {

    public SignInFailures {
        byAccount = List.copyOf(byAccount);
        byAddress = List.copyOf(byAddress);
    }

    public record ByAccount(String account, boolean knownAccount, long failures, long addresses, Instant last) {
    }

    public record ByAddress(String ip, long failures, long accounts, Instant last) {
    }
}
