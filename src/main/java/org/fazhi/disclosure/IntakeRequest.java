package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A request entered by staff (by post or at the counter) or filed on the portal: the unit asked, who
 * asks (type, name, ID number for a natural person, contact, address), what information, the day it
 * was received (a portal request: the day it is filed) and the form of delivery asked for (null: not stated).
 */
public record IntakeRequest(@NotNull @Positive Long unitId, @NotNull Channel channel,
        @NotNull RequesterType requesterType, @NotBlank @Size(max = 200) String requesterName,
        @Size(max = 40) String requesterIdNo, @NotBlank @Size(max = 100) String requesterContact,
        @Size(max = 300) String requesterAddress, @NotBlank @Size(max = 4000) String content, LocalDate receivedOn,
        DeliveryForm deliveryForm) {

    /** A request that does not state the form of delivery. */
    public IntakeRequest(Long unitId, Channel channel, RequesterType requesterType, String requesterName,
            String requesterIdNo, String requesterContact, String requesterAddress, String content,
            LocalDate receivedOn) {
        this(unitId, channel, requesterType, requesterName, requesterIdNo, requesterContact, requesterAddress, content,
                receivedOn, null);
    }
}
