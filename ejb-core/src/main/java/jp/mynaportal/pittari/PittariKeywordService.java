package jp.mynaportal.pittari;

import java.util.List;

/** キーワード検索 over the names and descriptions of a municipality's procedures. */
public interface PittariKeywordService {

    /** The longest keyword input accepted, in characters. */
    int MAX_KEYWORD_LENGTH = 100;

    /** At most this many hits are returned. */
    int MAX_HITS = 50;

    /**
     * The municipality's procedures matching every space-separated word of the input, by words or
     * by reading (こそだて, 子育て, ｺｿﾀﾞﾃ and 子育てる find the same procedures), best first, with the
     * matches marked in the name and the 概要.
     *
     * @throws PittariSearchException with {@code KEYWORD_EMPTY}, {@code KEYWORD_TOO_LONG} or
     *         {@code MUNICIPALITY_UNKNOWN}
     */
    List<KeywordHit> search(String lgCode, String keywords);
}
