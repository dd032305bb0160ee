package org.fazhi.disputes;

/** The kind of matter legal aid is asked for. */
public enum LegalAidMatter {
    CIVIL,
    CRIMINAL,
    ADMINISTRATIVE
}
