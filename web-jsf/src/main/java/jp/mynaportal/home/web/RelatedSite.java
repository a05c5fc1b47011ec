package jp.mynaportal.home.web;

import java.util.Locale;

/** The 関連サイト block of the top page; the names are message keys {@code related.<key>}. */
public enum RelatedSite {
    MYNUMBER("https://www.digital.go.jp/policies/mynumber"),
    NENKIN_NET("https://www.nenkin.go.jp/n_net/"),
    KAKUTEI_SHINKOKU("https://www.nta.go.jp/taxes/shiraberu/shinkoku/tokushu/index.htm"),
    KOKUZEI_CREDIT("https://kokuzei.noufu.jp/"),
    MYNAPOINT("https://mynumbercard.point.soumu.go.jp/");

    private final String url;

    RelatedSite(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public String getKey() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
