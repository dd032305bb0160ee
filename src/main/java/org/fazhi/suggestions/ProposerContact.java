package org.fazhi.suggestions;

/** The proposers' contact in full, revealed with a reason (audited). */
public record ProposerContact(long id, String proposers, String contact) {
}
