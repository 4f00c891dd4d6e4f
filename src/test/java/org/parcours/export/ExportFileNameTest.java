package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFileNameTest {

    @Test
    void names_the_questionnaire_the_team_and_the_date_in_safe_ascii() {
        assertThat(ExportFileName.of(Reports.mini("fr", "Mairie de Saint-Jean", "v"), ExportFormat.XLSX))
                .isEqualTo("parcours-mini-mairie-de-saint-jean-2026-11-21.xlsx");
        assertThat(ExportFileName.of(Reports.mini("fr", "Équipe «Ça va» / ../../etc", "v"), ExportFormat.PDF))
                .isEqualTo("parcours-mini-equipe-ca-va-etc-2026-11-21.pdf");
    }

    @Test
    void bounds_a_long_team_name_and_leaves_out_an_empty_one() {
        String name = ExportFileName.of(Reports.mini("en", "x".repeat(500), "v"), ExportFormat.HTML);
        assertThat(name).hasSize("parcours-mini--2026-11-21.html".length() + ExportFileName.MAX_PART);
        assertThat(ExportFileName.of(Reports.mini("en", "  ", "v"), ExportFormat.JSON))
                .isEqualTo("parcours-mini-2026-11-21.json");
        assertThat(ExportFileName.of(Reports.mini("en", "<>:\"|?*", "v"), ExportFormat.JSON))
                .isEqualTo("parcours-mini-2026-11-21.json");
    }
}
