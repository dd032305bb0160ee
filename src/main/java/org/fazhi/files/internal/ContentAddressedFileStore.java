package org.fazhi.files.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.files.FileOwner;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.fazhi.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file store: checks name, type, size and unit before anything is kept, streams the bytes
 * into the content-addressed blob store, and records and audits the upload in the caller's
 * transaction. A blob whose metadata row is rolled back stays on disk unreferenced (harmless:
 * content-addressed, and deleting it could race with an identical upload). Reads are decided by the
 * module whose record holds the file ({@link FileOwner}), never by unit scope alone.
 */
@Service
@Transactional
class ContentAddressedFileStore implements FileStore {

    static final String ENTITY = "file";
    private static final Logger log = LoggerFactory.getLogger(ContentAddressedFileStore.class);

    private final FileRecords records;
    private final BlobStore blobs;
    private final FilesSettings settings;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final List<FileOwner> owners;
    private final org.fazhi.units.Clearances clearances;

    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    ContentAddressedFileStore(FileRecords records, BlobStore blobs, FilesSettings settings, DataScope scope,
            Units units, AuditLog audit, Clock clock, List<FileOwner> owners,
            org.springframework.transaction.PlatformTransactionManager transactions,
            org.fazhi.units.Clearances clearances) {
        this.clearances = clearances;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.owners = List.copyOf(owners);
        this.records = records;
        this.blobs = blobs;
        this.settings = settings;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public StoredFile store(InputStream content, String originalName, String declaredContentType, Long unitId) {
        String name = FileNames.sanitize(originalName);
        String extension = FileNames.extension(name);
        if (name.isEmpty() || extension.isEmpty()) {
            throw InvalidInputException.field("file", "files.name.invalid");
        }
        FileType type = FileType.byExtension(extension).filter(t -> settings.types().contains(extension))
                .orElseThrow(() -> unsupported("files.type.not-allowed", extension,
                        String.join(", ", settings.types())));
        Actor actor = Actor.current();
        long unit = unitFor(actor, unitId);
        long max = settings.maxSize().toBytes();
        try (BlobStore.Received received = receive(content, max)) {
            if (received.size() == 0) {
                throw InvalidInputException.field("file", "files.empty");
            }
            try {
                ContentCheck.check(type, received, settings.zipLimits());
            } catch (ContentCheck.Refused refused) {
                throw unsupported(refused.messageKey(), extension);
            }
            blobs.place(received);
            StoredFile stored = records.insert(new StoredFile(null, received.sha256(), received.size(),
                    type.contentType(), name, unit, actor.userId(), clock.instant(), false, null,
                    org.fazhi.units.SecurityLevel.INTERNAL));
            audit.created(ENTITY, stored.id(), stored);
            return stored;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile get(long id) {
        return readable(records.find(id), id);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile get(String key) {
        return readable(records.findByKey(key), key);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile claim(long id) {
        StoredFile f = records.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        Actor actor = Actor.current();
        if (actor.userId() == null || !actor.userId().equals(f.uploadedBy())
                || owners.stream().anyMatch(owner -> owner.mayRead(f).isPresent())) {
            throw new NotFoundException(ENTITY, id);
        }
        return f;
    }

    /**
     * The bytes of a readable file; reading an unpublished one is audited — in the caller's
     * transaction, or in one of its own when a module hands out its files from a read-only one.
     */
    @Override
    public Resource content(long id) {
        StoredFile f = readable(records.find(id), id);
        Path path = blobs.path(f.sha256());
        if (!Files.isReadable(path)) {
            log.error("Blob {} of file {} is missing from the store", f.sha256(), id);
            throw new NotFoundException(ENTITY, id);
        }
        if (!f.published()) {
            Runnable entry = () -> audit.action(ENTITY, id, "download", Map.of("sha256", f.sha256(), "name",
                    f.originalName()));
            if (org.springframework.transaction.support.TransactionSynchronizationManager
                    .isCurrentTransactionReadOnly()) {
                ownTransaction.executeWithoutResult(s -> entry.run());
            } else {
                entry.run();
            }
        }
        return new FileSystemResource(path);
    }

    @Override
    @org.fazhi.shared.web.Allowed.SecurityAdmin
    public StoredFile label(String key, org.fazhi.units.SecurityLevel label) {
        if (label == null) {
            throw InvalidInputException.field("label", "files.label.required");
        }
        StoredFile before = records.findByKey(key).filter(f -> inScope(f.unitId()))
                .orElseThrow(() -> new NotFoundException(ENTITY, key));
        records.setLabel(before.id(), label);
        audit.changed(ENTITY, before.id(), "label", Map.of("label", before.label().name()),
                Map.of("label", label.name()));
        return records.find(before.id()).orElseThrow();
    }

    @Override
    public void publish(long id) {
        setPublished(id, true);
    }

    @Override
    public void unpublish(long id) {
        setPublished(id, false);
    }

    private void setPublished(long id, boolean published) {
        StoredFile before = records.find(id).filter(f -> inScope(f.unitId()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.published() == published) {
            return;
        }
        if (published) {
            refuseHiddenContent(before);
        }
        records.setPublished(id, published, clock.instant());
        StoredFile after = records.find(id).orElseThrow();
        audit.changed(ENTITY, id, published ? "publish" : "unpublish", before, after);
    }

    /**
     * A workbook or Word document holding what its reader does not see (hidden sheets, rows or columns,
     * external links, defined names, pivot caches, a data model; comments, tracked changes) is not
     * published (SECURITY.md PI-04): 409 {@code hidden-content} naming the file, the findings audited.
     */
    private void refuseHiddenContent(StoredFile f) {
        FileType type = FileType.byExtension(FileNames.extension(f.originalName())).orElse(null);
        if (type == null) {
            return;
        }
        java.util.Set<HiddenContent.Finding> found = HiddenContent.of(type, blobs.path(f.sha256()));
        if (!found.isEmpty()) {
            ownTransaction.executeWithoutResult(s -> audit.failure(ENTITY, f.id(), "publish", Map.of(
                    "name", f.originalName(), "hidden", found.stream().map(Enum::name).toList())));
            throw new RefusedException("hidden-content", "files.hidden-content", f.originalName());
        }
    }

    /**
     * The file if the actor may read it (404 otherwise, never 403: a file's existence is not told):
     * published, or read by the system; never by one of the three administrators, an account
     * without a business role or one whose clearance is below the file's security label; otherwise as the module whose record holds it decides, and a file no
     * module holds by its uploader alone.
     */
    private StoredFile readable(Optional<StoredFile> found, Object id) {
        StoredFile f = found.orElseThrow(() -> new NotFoundException(ENTITY, id));
        Actor actor = Actor.current();
        if (f.published() || actor.isSystem()) {
            return f;
        }
        if (actor.userId() == null || !holdsBusinessRole() || !clearances.permits(f.label())) {
            throw new NotFoundException(ENTITY, id);
        }
        for (FileOwner owner : owners) {
            Optional<Boolean> decision = owner.mayRead(f);
            if (decision.isPresent()) {
                if (decision.get()) {
                    return f;
                }
                throw new NotFoundException(ENTITY, id);
            }
        }
        if (actor.userId().equals(f.uploadedBy())) {
            return f;
        }
        throw new NotFoundException(ENTITY, id);
    }

    private static boolean holdsBusinessRole() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        Set<String> business = Role.businessRoles().stream().map(Role::authority).collect(Collectors.toSet());
        return auth.getAuthorities().stream().anyMatch(a -> business.contains(a.getAuthority()));
    }

    private boolean inScope(Long unitId) {
        return Actor.current().isSystem() || scope.canSee(unitId);
    }

    /**
     * The unit a new file belongs to: the one named (a signed-in user only within their scope) or
     * the actor's own. Anonymous uploads (a citizen's attachment, through a module's public form)
     * and the system must name an existing unit.
     */
    private long unitFor(Actor actor, Long unitId) {
        if (unitId == null) {
            if (actor.unitId() == null) {
                throw InvalidInputException.field("unitId", "files.unit.required");
            }
            return actor.unitId();
        }
        if (actor.userId() != null) {
            scope.require(unitId, "unit", unitId);
        } else if (units.find(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        return unitId;
    }

    private BlobStore.Received receive(InputStream content, long max) {
        try {
            return blobs.receive(content, max);
        } catch (BlobStore.TooLargeException e) {
            throw new InvalidInputException(413, "too-large", "files.too-large",
                    List.of(new InvalidInputException.FieldProblem("file", "files.too-large",
                            new Object[] {settings.maxSize().toMegabytes()})),
                    settings.maxSize().toMegabytes());
        }
    }

    private static InvalidInputException unsupported(String messageKey, Object... args) {
        return new InvalidInputException(415, "unsupported-type", messageKey,
                List.of(new InvalidInputException.FieldProblem("file", messageKey, args)), args);
    }
}
