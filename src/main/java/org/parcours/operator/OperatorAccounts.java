package org.parcours.operator;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator accounts: those of the configuration first, then those created in the database. Names are compared
 * without regard to case, so that « Alice » and « alice » can never be two accounts.
 */
@Service
public class OperatorAccounts {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final List<OperatorAccount> configured;

    OperatorAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock, ConfiguredOperators configured) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.configured = configured.validated();
    }

    Optional<OperatorAccount> find(String name) {
        if (name == null) return Optional.empty();
        String key = normalized(name);
        Optional<OperatorAccount> fromConfiguration = configured.stream()
                .filter(account -> normalized(account.name()).equals(key)).findFirst();
        if (fromConfiguration.isPresent()) return fromConfiguration;
        return jdbc.query("select name, password_hash, role from operator_account where name = ?",
                (row, i) -> new OperatorAccount(row.getString(1), row.getString(2),
                        OperatorRole.valueOf(row.getString(3)), OperatorAccount.Origin.DATABASE), key)
                .stream().findFirst();
    }

    /**
     * Creates an account in the database, its password stored as a bcrypt hash only.
     *
     * @throws IllegalArgumentException saying what is wrong with the name or the password, or that the name is taken
     */
    @Transactional
    public void create(String name, String password, OperatorRole role) {
        AccountRules.nameProblem(name).ifPresent(AccountRules::refuse);
        AccountRules.passwordProblem(password).ifPresent(AccountRules::refuse);
        if (find(name).isPresent()) {
            AccountRules.refuse("an operator named '" + normalized(name) + "' exists already");
        }
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("insert into operator_account (name, password_hash, role, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?)", normalized(name), encoder.encode(password), role.name(), now, now);
        } catch (DuplicateKeyException raced) {
            AccountRules.refuse("an operator named '" + normalized(name) + "' exists already");
        }
    }

    static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
