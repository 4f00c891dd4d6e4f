package org.parcours.operator.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parcours.markup.Xml;

/**
 * OpenDocument spreadsheet written as a stream: the package's {@code mimetype} first and stored, its manifest,
 * then {@code content.xml} row by row into the zip. (SODS, used for the report, builds the whole book in memory
 * first: fine for one report, not for ten thousand assessments.)
 */
final class OdsSink implements TableSink {

    private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
            + "manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
            + "manifest:media-type=\"" + MIME + "\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
            + "manifest:media-type=\"text/xml\"/></manifest:manifest>";

    private final ZipOutputStream zip;
    private final Writer xml;

    OdsSink(OutputStream out) throws IOException {
        zip = new ZipOutputStream(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(mime);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write(MANIFEST.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("content.xml"));
        xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:automatic-styles/><office:body><office:spreadsheet><table:table table:name=\"assessments\">");
    }

    /** The columns are declared before the first row, as readers expect. */
    @Override
    public void header(List<String> columns) throws IOException {
        xml.write("<table:table-column table:number-columns-repeated=\"" + columns.size() + "\"/>");
        row(List.copyOf(columns));
    }

    @Override
    public void row(List<Object> values) throws IOException {
        StringBuilder row = new StringBuilder(values.size() * 48).append("<table:table-row>");
        for (Object value : values) {
            if (value == null) row.append("<table:table-cell/>");
            else if (value instanceof Double number) {
                String text = CsvSink.number(number);
                row.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(text)
                        .append("\"><text:p>").append(text).append("</text:p></table:table-cell>");
            } else {
                row.append("<table:table-cell office:value-type=\"string\"><text:p>")
                        .append(Xml.escape(value.toString())).append("</text:p></table:table-cell>");
            }
        }
        xml.write(row.append("</table:table-row>").toString());
    }

    @Override
    public void finish() throws IOException {
        xml.write("</table:table></office:spreadsheet></office:body></office:document-content>");
        xml.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }
}
