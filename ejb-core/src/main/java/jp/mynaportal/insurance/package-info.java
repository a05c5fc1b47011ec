/**
 * 健康保険証利用申込 (handbook 3-B): the resident registers the My Number card as 健康保険証 with an
 * application of the application core signed with the 利用者証明用 key; it reaches the resident's
 * health insurer, whose staff confirm it through the agency side; and オンライン資格確認, where a
 * medical institution's card reader proves the card holder and the portal answers their current
 * insurance, for registered residents only. The service interfaces and the records they return.
 */
package jp.mynaportal.insurance;
