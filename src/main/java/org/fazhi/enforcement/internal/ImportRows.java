package org.fazhi.enforcement.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.SheetRow;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an import file row by row without holding it in memory: CSV (UTF-8, an optional byte-order
 * mark, RFC 4180 quoting) or the first sheet of an XLSX (POI's event API). The first row names the
 * columns; blank rows are skipped; each row comes with its 1-based row number as a spreadsheet shows
 * it. A file that is neither, or lacks a required column, is refused as a whole.
 */
public final class ImportRows {

    public static final int MAX_CELL_LENGTH = 20_000;

    private ImportRows() {
    }

    /** Calls {@code each} for every data row of the file, in order; returns the number of data rows. */
    public static long read(Path file, String fileName, List<String> required, Consumer<SheetRow> each) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(file, required, each);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(file, required, each);
        }
        throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
    }

    // ----- CSV -----

    static long csv(Path file, List<String> required, Consumer<SheetRow> each) {
        try (Reader r = new PushbackReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), 1 << 16), 1)) {
            CsvParser p = new CsvParser(r);
            List<String> header = p.next();
            if (header == null) {
                throw new InvalidInputException("import-empty", "problem.import.empty");
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            List<String> columns = header.stream().map(String::strip).toList();
            requireColumns(columns, required);
            long rows = 0;
            int number = 1;
            List<String> values;
            while ((values = p.next()) != null) {
                number++;
                Map<String, String> cells = new HashMap<>(columns.size() * 2);
                boolean blank = true;
                for (int i = 0; i < columns.size(); i++) {
                    String v = i < values.size() ? clip(values.get(i).strip()) : "";
                    if (!v.isEmpty()) {
                        blank = false;
                    }
                    cells.put(columns.get(i), v);
                }
                if (!blank) {
                    rows++;
                    each.accept(new SheetRow(number, cells));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
        }
    }

    /** RFC 4180 records: fields separated by commas, quoted with '"' ("" inside a quoted field). */
    static final class CsvParser {

        private final Reader in;

        CsvParser(Reader in) {
            this.in = in;
        }

        List<String> next() throws IOException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int c = in.read();
            if (c == -1) {
                return null;
            }
            boolean quoted = false;
            boolean fieldStart = true;
            while (true) {
                if (c == -1) {
                    fields.add(field.toString());
                    return fields;
                }
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int n = in.read();
                        if (n == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (n == -1) {
                                fields.add(field.toString());
                                return fields;
                            }
                            ((PushbackReader) in).unread(n);
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        int n = in.read();
                        if (n != '\n' && n != -1) {
                            ((PushbackReader) in).unread(n);
                        }
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append(ch);
                    fieldStart = false;
                }
                if (field.length() > MAX_CELL_LENGTH * 2) {
                    throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
                }
                c = in.read();
            }
        }
    }

    // ----- XLSX -----

    static long xlsx(Path file, List<String> required, Consumer<SheetRow> each) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("import-empty", "problem.import.empty");
            }
            Handler handler = new Handler(required, each);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            if (handler.columns == null) {
                throw new InvalidInputException("import-empty", "problem.import.empty");
            }
            return handler.rows;
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
        }
    }

    /** Dates as ISO days, everything else as Excel shows it. */
    static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
                    && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)) {
                LocalDate d = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value).toLocalDate();
                return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<String> required;
        private final Consumer<SheetRow> each;
        private Map<Integer, String> columns;
        private Map<String, String> cells;
        private final Map<Integer, String> headerCells = new HashMap<>();
        private boolean blank;
        private int rowNumber;
        long rows;

        Handler(List<String> required, Consumer<SheetRow> each) {
            this.required = required;
            this.each = each;
        }

        @Override
        public void startRow(int row) {
            rowNumber = row + 1;
            cells = new HashMap<>();
            blank = true;
        }

        @Override
        public void endRow(int row) {
            if (columns == null) {
                if (headerCells.isEmpty()) {
                    return;
                }
                columns = new HashMap<>(headerCells);
                requireColumns(List.copyOf(columns.values()), required);
                return;
            }
            if (!blank) {
                columns.values().forEach(c -> cells.putIfAbsent(c, ""));
                rows++;
                each.accept(new SheetRow(rowNumber, cells));
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = new CellReference(ref).getCol();
            String v = value == null ? "" : clip(value.strip());
            if (columns == null) {
                if (!v.isEmpty()) {
                    headerCells.put(col, v);
                }
                return;
            }
            String name = columns.get(col);
            if (name != null) {
                cells.put(name, v);
                if (!v.isEmpty()) {
                    blank = false;
                }
            }
        }
    }

    static void requireColumns(List<String> columns, List<String> required) {
        for (String r : required) {
            if (!columns.contains(r)) {
                throw new InvalidInputException("import-header", "problem.import.header", r);
            }
        }
    }

    private static String clip(String v) {
        return v.length() > MAX_CELL_LENGTH ? v.substring(0, MAX_CELL_LENGTH) : v;
    }
}
