package org.fazhi.shared;

/** Implemented by the authenticated principal so that any module can name the actor. */
public interface ActorPrincipal {

    Long userId();

    String username();

    Long unitId();
}
