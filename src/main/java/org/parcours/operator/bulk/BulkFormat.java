package org.parcours.operator.bulk;

/** The formats of the bulk export, with their file extension and media type. */
public enum BulkFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet");

    private final String extension;
    private final String mediaType;

    BulkFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
