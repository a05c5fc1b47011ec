package jp.mynaportal.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/** The page a tile leads to while its function is not built: names the service and says so. */
@Named
@RequestScoped
public class UnavailableServiceView {

    private String service;
    private ServiceTile tile;

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public ServiceTile getTile() {
        return tile;
    }

    /** Resolves the service parameter; an unknown one is a missing page. */
    public void load() throws IOException {
        tile = ServiceTile.byKey(service).orElse(null);
        if (tile == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }
}
