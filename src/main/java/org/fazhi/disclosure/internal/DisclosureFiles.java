package org.fazhi.disclosure.internal;

import java.util.List;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.springframework.stereotype.Component;

/**
 * Who may read the files a disclosure request came with (SECURITY.md AC-04, AC-06): whoever may see the request
 * (the scope of the unit asked). The public never reads them, the requester included.
 */
@Component
class DisclosureFiles implements FileOwner {

    private final AttachmentStore attachments;
    private final RequestStore requests;
    private final DisclosureAccess access;

    DisclosureFiles(AttachmentStore attachments, RequestStore requests, DisclosureAccess access) {
        this.attachments = attachments;
        this.requests = requests;
        this.access = access;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Long> heldBy = attachments.requestsHolding(file.id());
        if (heldBy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(heldBy.stream()
                .anyMatch(id -> requests.request(id).map(r -> access.canSee(r.unitId())).orElse(false)));
    }
}
