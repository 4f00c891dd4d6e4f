package org.parcours.database;

import java.util.List;
import org.springframework.boot.ExitCodeGenerator;

/** The start is refused on a damaged database; its lines are all an operator needs, without a stack trace. */
public final class DamagedDatabaseException extends RuntimeException implements ExitCodeGenerator {

    private final transient Damage damage;

    DamagedDatabaseException(Damage damage) {
        super(String.join("\n", damage.lines()), null, false, false);
        this.damage = damage;
    }

    public List<String> lines() {
        return damage.lines();
    }

    @Override
    public int getExitCode() {
        return Damage.EXIT_CODE;
    }
}
