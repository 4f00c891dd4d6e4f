package org.parcours.report;

import java.util.List;
import java.util.Optional;

/**
 * The report's own licence and authors, from the questionnaire's: its advice is the questionnaire's content,
 * which a team may reuse and share under that licence. {@code licenceUrl} is known for the Creative Commons and
 * Licence Ouverte identifiers, empty otherwise.
 */
public record About(String licence, String licenceName, Optional<String> licenceUrl, List<String> authors) {

    public About {
        authors = List.copyOf(authors);
    }

    static About of(String spdx, List<String> authors) {
        return switch (spdx) {
            case "CC-BY-SA-4.0" -> new About(spdx, "Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)",
                    Optional.of("https://creativecommons.org/licenses/by-sa/4.0/"), authors);
            case "CC-BY-4.0" -> new About(spdx, "Creative Commons Attribution 4.0 (CC BY 4.0)",
                    Optional.of("https://creativecommons.org/licenses/by/4.0/"), authors);
            case "etalab-2.0" -> new About(spdx, "Licence Ouverte / Open Licence 2.0",
                    Optional.of("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"), authors);
            default -> new About(spdx, spdx, Optional.empty(), authors);
        };
    }
}
