package org.fazhi.disputes;

/** How a petition was made: letter, visit, phone, online. */
public enum PetitionChannel {
    LETTER,
    VISIT,
    PHONE,
    ONLINE
}
