package org.parcours.operator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator accounts defined in the configuration, for an instance set up by its deployment (Ansible, Kubernetes
 * secrets): {@code parcours.operators.accounts[0].name}, {@code .password-hash} (bcrypt, never a clear password)
 * and {@code .role}. Read once at start; a wrong entry stops the start with a sentence naming it.
 */
@ConfigurationProperties("parcours.operators")
record ConfiguredOperators(List<Entry> accounts) {

    record Entry(String name, String passwordHash, String role) {
    }

    ConfiguredOperators {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    List<OperatorAccount> validated() {
        List<OperatorAccount> valid = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            Entry entry = accounts.get(i);
            String where = "parcours.operators.accounts[" + i + "]";
            AccountRules.nameProblem(entry.name()).ifPresent(problem -> {
                throw new IllegalStateException(where + ".name: " + problem);
            });
            if (!AccountRules.isBcrypt(entry.passwordHash())) {
                throw new IllegalStateException(where + ".password-hash is not a bcrypt hash ($2a$, $2b$ or $2y$, "
                        + "60 characters); make one with: java -jar parcours.jar admin hash-password");
            }
            OperatorRole role = OperatorRole.parse(entry.role()).orElseThrow(() -> new IllegalStateException(
                    where + ".role: '" + entry.role() + "' is neither OPERATOR nor ADMIN"));
            if (!names.add(entry.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalStateException(where + ".name: '" + entry.name() + "' is defined twice");
            }
            valid.add(new OperatorAccount(entry.name(), entry.passwordHash(), role,
                    OperatorAccount.Origin.CONFIGURATION));
        }
        return List.copyOf(valid);
    }
}
