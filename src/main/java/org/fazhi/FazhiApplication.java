package org.fazhi;

import org.fazhi.audit.AuditVerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Fazhi: the rule-of-law government platform (法治政府建设). Beans are named by their fully qualified
 * class name, so two modules may each have their own {@code internal.HearingStore} or
 * {@code internal.CaseProcedure}; a bean other code refers to by name declares it ({@code fzDates}).
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class FazhiApplication {

    public static void main(String[] args) {
        if (AuditVerifyCommand.requested(args)) {
            System.exit(AuditVerifyCommand.run(FazhiApplication.class, args, System.out));
        }
        SpringApplication.run(FazhiApplication.class, args);
    }
}
