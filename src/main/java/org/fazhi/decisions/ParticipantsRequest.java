package org.fazhi.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The hearing participants as selected, published in advance (听证参加人名单提前公布). */
public record ParticipantsRequest(@NotEmpty @Size(max = 100) List<@Valid Participant> participants) {

    /** One participant: name, the group represented (利害关系人代表、专家、人大代表…), affiliation. */
    public record Participant(@NotBlank @Size(max = 64) String name, @NotBlank @Size(max = 60) String category,
            @Size(max = 200) String affiliation) {
    }
}
