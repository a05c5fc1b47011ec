package jp.mynaportal.access;

import java.util.Optional;

/** The actor of the current call, as the container authenticated it. */
public interface CurrentCaller {

    /** The actor, or empty for an anonymous call. */
    Optional<Actor> find();

    /**
     * The actor of a call that needs one.
     *
     * @throws AccessDeniedException for an anonymous call
     */
    default Actor actor() {
        return find().orElseThrow(() -> new AccessDeniedException("no authenticated caller"));
    }
}
