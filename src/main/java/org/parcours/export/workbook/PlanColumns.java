package org.parcours.export.workbook;

/**
 * Where the plan sheet keeps each column (0-based), for whoever reads a filled sheet back: the team edits owner,
 * due date, status and note; the others are the report's.
 */
public final class PlanColumns {

    public static final int NUMBER = 0;
    public static final int OWNER = 5;
    public static final int DUE = 6;
    public static final int STATUS = 7;
    public static final int NOTE = 8;
    public static final int OVERDUE = 9;
    public static final int ID = 10;
    public static final int VERSION = 11;

    private PlanColumns() {
    }
}
