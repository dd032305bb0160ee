/**
 * The console shell: layout, navigation assembled from the modules' {@link org.fazhi.shared.MenuEntry}
 * beans, language switch (zh-CN default, English), the messages of every module, and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.fazhi.web;
