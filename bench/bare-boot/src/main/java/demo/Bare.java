package demo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
@SpringBootApplication
@RestController
public class Bare {
    @GetMapping("/") String hi() { return "hi"; }
    public static void main(String[] args) { SpringApplication.run(Bare.class, args); }
}
