package org.fazhi.disclosure;

/** Whether the information was formed or changed on the item's date (GI-05 runs from either). */
public enum ProactiveChange {
    FORMED,
    CHANGED
}
