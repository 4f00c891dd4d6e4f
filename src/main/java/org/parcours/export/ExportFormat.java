package org.parcours.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats the report is exported to, with their file extension and media type. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html;charset=UTF-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named as on the command line ({@code xlsx}, {@code ods}, {@code pdf}, {@code html}, {@code json}). */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
