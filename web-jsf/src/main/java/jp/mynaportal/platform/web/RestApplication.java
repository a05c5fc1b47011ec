package jp.mynaportal.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST endpoints live under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
