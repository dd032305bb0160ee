/**
 * The public lists of a unit (清单管理): the power and responsibility list (权责清单: each power with
 * its type, legal basis, implementing unit, responsibilities and accountability), the administrative
 * licensing list, the certification list (证明事项 kept or cancelled, "清单之外无证明", and the items
 * handled by 告知承诺) and the public service list with each item's handling mode (一窗受理, 全程网办,
 * 最多跑一次) and promised time.
 *
 * <p>A list is kept per unit and kind and changes only by versions: a draft adjustment (edited item
 * by item or imported whole from Excel), public participation where the adjustment requires it,
 * legality review at the review desk, then publication with an effective date. Any two versions are
 * compared item by item. Published versions are public (portal and API), and {@link
 * org.fazhi.lists.PowerItems} gives other modules (enforcement) the power items in force.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lists")
package org.fazhi.lists;
