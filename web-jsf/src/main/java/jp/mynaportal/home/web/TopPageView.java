package jp.mynaportal.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The top page: the service tiles and the related sites. */
@Named
@RequestScoped
public class TopPageView {

    private static final List<ServiceTile> TILES = List.of(ServiceTile.values());
    private static final List<RelatedSite> SITES = List.of(RelatedSite.values());

    public List<ServiceTile> getTiles() {
        return TILES;
    }

    public List<RelatedSite> getRelatedSites() {
        return SITES;
    }
}
