/**
 * Chinese full-text search: one Lucene index (smartcn word segmentation for ranking, CJK bigrams for
 * substring recall) that modules feed with {@link org.fazhi.search.SearchDocument}s as their records
 * change, and can rebuild from their databases through {@link org.fazhi.search.SearchSource}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.fazhi.search;
