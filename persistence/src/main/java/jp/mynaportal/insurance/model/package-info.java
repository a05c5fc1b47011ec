/**
 * The health insurers, who is insured by whom and since when, each resident's one registration of
 * the card as 健康保険証, and the challenges a medical institution's card reader signs.
 */
package jp.mynaportal.insurance.model;
