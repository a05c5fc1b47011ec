/**
 * あなたの情報's persistence: the catalogue of 分野 and 分野詳細 with their typed schemas, the
 * agencies' time-versioned records of residents, and the residents' error reports.
 */
package jp.mynaportal.selfinfo;
