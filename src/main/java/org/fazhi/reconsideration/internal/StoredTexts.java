package org.fazhi.reconsideration.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * StoredTexts the module stores with other records (the reason a clock was cancelled or paused on the
 * 督办台): taken from the messages in the default language, Simplified Chinese, like every stored
 * reason a person types.
 */
@Component
public class StoredTexts {

    private final MessageSource messages;

    StoredTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String stored(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
