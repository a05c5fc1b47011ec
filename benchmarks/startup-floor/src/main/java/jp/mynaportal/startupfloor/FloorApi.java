package jp.mynaportal.startupfloor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at /api, as the portal's login and agency APIs. */
@ApplicationPath("api")
public class FloorApi extends Application {}
