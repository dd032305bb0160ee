package org.fazhi;

import org.fazhi.audit.AuditVerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Fazhi: the rule-of-law government platform (法治政府建设). */
@SpringBootApplication
public class FazhiApplication {

    public static void main(String[] args) {
        if (AuditVerifyCommand.requested(args)) {
            System.exit(AuditVerifyCommand.run(FazhiApplication.class, args, System.out));
        }
        SpringApplication.run(FazhiApplication.class, args);
    }
}
