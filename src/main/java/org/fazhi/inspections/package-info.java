/**
 * Random inspections (双随机、一公开): the inspection items list (basis, object type, ratio, frequency,
 * method), the roster of objects (名录库), and plans that draw objects and pairs of inspectors at random
 * from the agency's officers with valid certificates. Every draw is auditable: it records the pools as
 * drawn from, their SHA-256 digests, the seed and the algorithm ({@link org.fazhi.inspections.RandomDraw},
 * written down exactly), so that anyone can recompute the result from the published pools and seed —
 * through the public API or on their own. Results are published on the portal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Random inspections")
package org.fazhi.inspections;
