package org.parcours;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.parcours.cli.Cli;
import org.parcours.database.DamagedDatabaseException;
import org.parcours.operator.AdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Starts Parcours: the web application, or a command of the command line when the first argument names one
 * ({@code admin} needs the application's configuration and database, so it is dispatched here, not in the CLI). A
 * start refused on a damaged database file ends with its three-line message and exit code.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/parcours.css")
@Meta(name = "description", content = "Parcours — diagnostic des communs numériques / digital-commons diagnostic")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (AdminCommand.handles(args)) {
            System.exit(AdminCommand.run(Application.class, args, System.console(), System.in, System.out,
                    System.err, java.util.Map.of()));
        }
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        try {
            SpringApplication.run(Application.class, args);
        } catch (DamagedDatabaseException damaged) {
            // Its three lines are printed already (DamagedDatabaseReporter); a stack trace would bury them.
            System.exit(damaged.getExitCode());
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
