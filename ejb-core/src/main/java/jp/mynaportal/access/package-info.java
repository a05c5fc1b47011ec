/**
 * Who acts and for whom: the authenticated caller as the container knows it ({@link
 * jp.mynaportal.access.PortalCaller}, with its groups in {@link jp.mynaportal.access.Roles}), the
 * actor at the keyboard and the subject whose data a request touches, and the one {@link
 * jp.mynaportal.access.AccessPolicy} that decides whether this actor may do this to this subject's
 * data in this portal service. Services read the actor from the container through {@link
 * jp.mynaportal.access.CurrentCaller}, never from a parameter, and ask the policy before they act.
 */
package jp.mynaportal.access;
