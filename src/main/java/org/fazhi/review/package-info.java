/**
 * The legality-review desk (合法性审核) shared by every kind of review: normative documents, major
 * decisions, meeting topics, contracts, major enforcement decisions and fair-competition reviews.
 * A request names the exact version of the text under review; the desk (the legal office of the
 * deciding unit) works a queue with statutory time limits from the rules catalog; the outcome is
 * 合法 / 修改后合法 / 不合法 with a written opinion, the reviewer and every legal adviser or
 * government lawyer consulted. {@link org.fazhi.review.LegalityGate} answers whether a text may go
 * to collective deliberation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legality review desk")
package org.fazhi.review;
