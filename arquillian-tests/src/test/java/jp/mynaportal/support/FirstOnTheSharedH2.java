package jp.mynaportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class on the shared H2 deployment that must find the database as the demo seed left it
 * (e.g. demo residents not yet registered): {@link SharedDeploymentOrder} runs it before every
 * other H2 class, so it starts the shared Micro on a fresh in-memory database. One class of the
 * module carries it; the class must use the testable shared archive ({@code @Deployment} without
 * {@code testable = false}, the tests {@code @RunAsClient}), since the first class deploys it for
 * every in-container class after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FirstOnTheSharedH2 {}
