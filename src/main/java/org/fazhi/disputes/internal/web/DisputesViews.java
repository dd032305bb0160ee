package org.fazhi.disputes.internal.web;

import java.time.Clock;
import org.fazhi.shared.web.ModuleViews;
import org.fazhi.shared.web.UnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the disputes pages share (shared.web.ModuleViews): the guide in words, the reader's texts, today and
 * the years to choose from, the actor's home unit, unit names and the units to choose from by kind; form
 * fields are labelled {@code disputes.field.<name>}.
 */
@Component
class DisputesViews extends ModuleViews {

    DisputesViews(MessageSource messages, UnitDirectory units, Clock clock) {
        super("disputes", messages, units, clock);
    }
}
