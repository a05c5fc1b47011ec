package jp.mynaportal.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * REST endpoints live under {@code /api}. Jersey's generated WADL ({@code application.wadl},
 * and the description it answers OPTIONS with) is turned off: it lists the resource classes.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
