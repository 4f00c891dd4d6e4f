package org.parcours.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.List;
import java.util.Optional;
import org.parcours.assessment.AssessmentState;
import org.parcours.tracker.ImportOutcome;
import org.parcours.tracker.PlanSheetImport;

/**
 * The way back for the plan sheet of the XLSX/ODS download, once edited offline: what may be changed in it
 * (status, owner, due date, note), then the file's import ({@link PlanSheetImport}, all or nothing). Success says
 * how many actions changed and shows the plan again; a refusal lists every refused cell as {@code sheet!cell:
 * message} in an alert, nothing saved — a row of an action changed on screen since the download among them, as a
 * conflict. The file is read in memory: the browser refuses a wrong type or a file over {@value
 * PlanSheetImport#MAX_MEGABYTES} MiB before sending it, the server again if a request skips that. Vaadin's upload
 * address carries the element's key, known only to this page's session: no other site can post a sheet to it.
 */
final class PlanSheetUpload extends Div {

    private static final int MAX_BYTES = PlanSheetImport.MAX_MEGABYTES * 1024 * 1024;
    private static final String TITLE_ID = "pc-plan-upload-title";
    private static final String HELP_ID = "pc-plan-upload-help";

    /** The file's import into this assessment's follow-up. */
    private final SerializableFunction<byte[], ImportOutcome> importer;
    private final Upload upload;
    private final Paragraph done = new Paragraph();
    private final Div problems = new Div();

    /** The sheet of this assessment, in {@code language}; {@code imported} runs once actions changed. */
    PlanSheetUpload(AssessmentState state, String language, SerializableRunnable imported) {
        PlanSheetImport imports = VaadinService.getCurrent().getInstantiator().getOrCreate(PlanSheetImport.class);
        importer = file -> imports.importSheet(state, file, language, Optional.empty());
        addClassName("pc-plan-upload");
        Span title = new Span(getTranslation("plan.upload.title"));
        title.setId(TITLE_ID);
        title.addClassName("pc-plan-upload-title");
        Paragraph help = new Paragraph(getTranslation("plan.upload.help", PlanSheetImport.MAX_MEGABYTES));
        help.setId(HELP_ID);
        help.addClassName("pc-plan-upload-help");
        upload = new Upload(new InMemoryUploadHandler((metadata, file) -> answer(file, imported)) {
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileExtensions(".xlsx", ".ods");
        upload.setI18n(i18n());
        // The upload element has no role to name: its button says what it does, the title and help describe it.
        Button choose = new Button(getTranslation("plan.upload.button"));
        choose.getElement().setAttribute("aria-describedby", TITLE_ID + " " + HELP_ID);
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage(), List.of()));
        done.addClassName("pc-plan-upload-done");
        done.getElement().setAttribute("role", "status");
        problems.addClassName("pc-plan-upload-problems");
        problems.getElement().setAttribute("role", "alert");
        add(title, help, upload, done, problems);
    }

    /**
     * Runs in the page's UI once the file is in memory (Vaadin checked its extension and size again). The file
     * leaves the list, so that the next one may be chosen: what became of it is told below the list.
     */
    private void answer(byte[] file, SerializableRunnable imported) {
        upload.clearFileList();
        clear();
        switch (importer.apply(file)) {
            case ImportOutcome.Imported ok -> {
                done.setText(getTranslation("plan.upload.imported", ok.changed()));
                if (ok.changed() > 0) imported.run();
            }
            case ImportOutcome.Refused refused -> refuse(getTranslation("plan.upload.refused",
                    refused.cells().size()), refused.cells());
            case ImportOutcome.Rejected rejected -> refuse(rejected.message(), List.of());
        }
    }

    private void clear() {
        done.setText("");
        problems.removeAll();
    }

    private void refuse(String message, List<String> cells) {
        clear();
        problems.add(new Paragraph(message));
        if (cells.isEmpty()) return;
        UnorderedList list = new UnorderedList();
        cells.forEach(cell -> list.add(new ListItem(cell)));
        problems.add(list);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("plan.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("plan.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("plan.upload.too_big",
                        PlanSheetImport.MAX_MEGABYTES))
                .setIncorrectFileType(getTranslation("plan.upload.wrong_type"))
                .setTooManyFiles(getTranslation("plan.upload.one_file")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("plan.upload.remove"))
                .setRetry(getTranslation("plan.upload.retry")).setStart(getTranslation("plan.upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("plan.upload.connecting"))
                        .setStalled(getTranslation("plan.upload.stalled"))
                        .setProcessing(getTranslation("plan.upload.processing"))
                        .setHeld(getTranslation("plan.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("plan.upload.remaining"))
                        .setUnknown(getTranslation("plan.upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("plan.upload.failed"))
                        .setUnexpectedServerError(getTranslation("plan.upload.failed"))
                        .setForbidden(getTranslation("plan.upload.failed"))
                        .setFileTooLarge(getTranslation("plan.upload.too_big", PlanSheetImport.MAX_MEGABYTES))));
        i18n.setUnits(List.of(getTranslation("plan.upload.units").split(",")));
        return i18n;
    }
}
