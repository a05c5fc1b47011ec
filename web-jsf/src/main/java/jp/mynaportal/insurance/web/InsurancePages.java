package jp.mynaportal.insurance.web;

/** The addresses of the 健康保険証利用申込 screens. */
final class InsurancePages {

    static final String INTRO = "/insurance/index.xhtml";
    static final String TERMS = "/insurance/terms.xhtml";
    static final String APPLY = "/insurance/apply.xhtml";
    static final String DONE = "/insurance/done.xhtml";

    private InsurancePages() {}
}
