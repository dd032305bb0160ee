package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedGenericBeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class StartupFootprintTests {

    @Test
    void consoleControllersAreMadeOnFirstUseWhilePublicControllersAndOtherBeansAreMadeAtStartUp() throws Exception {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        String[] console = { "org.fazhi.normdocs.internal.web.DocumentPages", "org.fazhi.normdocs.internal.web.DocumentsApi",
                "org.fazhi.units.internal.UserPages", "org.fazhi.web.ConsoleHomePages" };
        String[] publicSide = { "org.fazhi.normdocs.internal.portal.CatalogPages",
                "org.fazhi.normdocs.internal.portal.PublicNormdocsApi", "org.fazhi.files.internal.PublicFilesApi",
                "org.fazhi.portal.PortalHomePages", "org.fazhi.web.ErrorPages" };
        String[] notControllers = { "org.fazhi.normdocs.NormativeDocuments", "org.fazhi.web.PublicPageCache",
                "org.fazhi.shared.web.ApiProblemAdvice" };
        for (String[] names : new String[][] { console, publicSide, notControllers }) {
            for (String name : names) {
                factory.registerBeanDefinition(name, new AnnotatedGenericBeanDefinition(Class.forName(name)));
            }
        }

        int lazy = StartupFootprint.lazyConsoleControllers(factory);

        assertThat(lazy).isEqualTo(console.length);
        for (String name : console) {
            assertThat(factory.getBeanDefinition(name).isLazyInit()).as(name).isTrue();
        }
        for (String name : publicSide) {
            assertThat(factory.getBeanDefinition(name).isLazyInit()).as(name).isFalse();
        }
        for (String name : notControllers) {
            assertThat(factory.getBeanDefinition(name).isLazyInit()).as(name).isFalse();
        }
    }

    @Test
    void theOneCollectionAfterStartUpPutsTheHeapFreeRatiosBack() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();

        StartupFootprint.collectKeepingLittleFree();

        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
    }
}
