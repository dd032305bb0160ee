package org.fazhi.web;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;

/**
 * What start-up leaves behind, kept small (bench/README.md, "Start-up and idle memory against
 * PetClinic"):
 * <ul>
 * <li>The console's controllers (pages and JSON API of the staff side) are created when a request first
 * reaches one, not at start-up: their request mappings are registered at start-up as before (from the
 * class, without an instance), so routing, security rules and the OpenAPI document are unchanged; only
 * the instance (and its method-security proxy) is made on first use. The public side's controllers
 * ({@code portal} packages, {@code Public*} APIs) and the error pages are created at start-up as before.
 * <li>Once the application is ready (runners done: rules, calendar, demo data on an empty database),
 * one full garbage collection is asked for, once, on a thread of its own: the garbage of start-up
 * (configuration parsing, proxy generation, the demo year's replay) is collected and the heap is
 * shrunk to about a fifth more than what is in use, the rest returned to the operating system
 * ({@link #collectKeepingLittleFree()}), instead of being held until load makes the JVM collect.
 * Afterwards the heap grows and shrinks as the JVM's defaults say.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StartupFootprint {

    private static final Logger log = LoggerFactory.getLogger(StartupFootprint.class);

    @Bean
    static BeanFactoryPostProcessor consoleControllersOnFirstUse() {
        return factory -> lazyConsoleControllers(factory);
    }

    static int lazyConsoleControllers(ConfigurableListableBeanFactory factory) {
        int n = 0;
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            if (consoleController(definition)) {
                definition.setLazyInit(true);
                n++;
            }
        }
        return n;
    }

    /** A controller of the staff side: Fazhi's own, not of a portal package, not a public API, not the error pages. */
    static boolean consoleController(BeanDefinition definition) {
        if (!(definition instanceof AnnotatedBeanDefinition annotated)) {
            return false;
        }
        String type = annotated.getMetadata().getClassName();
        if (!type.startsWith("org.fazhi.") || !annotated.getMetadata().isAnnotated(Controller.class.getName())) {
            return false;
        }
        String simpleName = type.substring(type.lastIndexOf('.') + 1);
        return !type.contains(".portal.") && !type.startsWith("org.fazhi.portal.") && !simpleName.startsWith("Public")
                && !type.equals(ErrorPages.class.getName());
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> startupGarbageReleased() {
        return new ApplicationListener<>() {
            private boolean done;

            @Override
            public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
                if (done) {
                    return;
                }
                done = true;
                Thread thread = new Thread(() -> {
                    Runtime runtime = Runtime.getRuntime();
                    long before = runtime.totalMemory();
                    collectKeepingLittleFree();
                    log.info("Start-up garbage collected: heap {} MiB -> {} MiB committed, {} MiB in use",
                            before >> 20, runtime.totalMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
                }, "startup-garbage");
                thread.setDaemon(true);
                thread.start();
            }
        };
    }

    /**
     * One full collection that leaves the heap about a fifth larger than what is in use: for this one
     * collection the free-ratio bounds the JVM resizes the heap by ({@code MinHeapFreeRatio} /
     * {@code MaxHeapFreeRatio}, 40 / 70 % by default) are lowered to 10 / 20 %, and put back right after.
     * Both are "manageable" options the JVM lets a running program change. Where the JVM refuses (bounds
     * an operator set otherwise), the collection runs with the bounds as they are.
     */
    static void collectKeepingLittleFree() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = null;
        String max = null;
        try {
            min = vm.getVMOption(MIN_FREE).getValue();
            max = vm.getVMOption(MAX_FREE).getValue();
            vm.setVMOption(MIN_FREE, "10");
            vm.setVMOption(MAX_FREE, "20");
        } catch (RuntimeException e) {
            log.debug("Heap free ratios left as they are: {}", e.toString());
        }
        try {
            System.gc();
        } finally {
            restore(vm, MAX_FREE, max);
            restore(vm, MIN_FREE, min);
        }
    }

    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    private static void restore(HotSpotDiagnosticMXBean vm, String option, String value) {
        if (value == null) {
            return;
        }
        try {
            vm.setVMOption(option, value);
        } catch (RuntimeException e) {
            log.warn("Could not put {} back to {}: {}", option, value, e.toString());
        }
    }
}
