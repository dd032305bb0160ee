/**
 * Public participation (公众参与): a module any other module opens for the exact version of a text —
 * a normative document's draft (SD-01), a major decision's draft (MD-02), and later lists, plans and
 * other drafts. It owns the consultation window (its minimum period from the rules catalog per kind,
 * shortened only with a reason stated when it opens), the comments from the portal and from staff
 * tied to that version and, where the commenter picks one, to a numbered article (第X条) of it, the
 * receipt numbers, the per-address limits of the portal, moderation, the reasoned disposition of
 * every comment, the adoption summary, and the dispositions published without identifiers.
 *
 * <p>The module that owns the text stays in charge of its own procedure: it opens and closes the
 * window inside its own steps, and it decides, as a {@link org.fazhi.participation.ConsultationOwner},
 * who may see a consultation and take the staff steps on it (entering, answering, moderating a
 * comment, revealing a contact), so the portal and the participation console never bypass it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public participation")
package org.fazhi.participation;
