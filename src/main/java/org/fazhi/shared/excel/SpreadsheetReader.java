package org.fazhi.shared.excel;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.shared.InvalidInputException;

/**
 * Reads the first sheet of an uploaded XLSX into rows keyed by the header line. Guards against
 * zip bombs and oversized sheets; a file that is not a readable workbook, or lacks a required
 * header, is refused as a whole with a clear message.
 */
public final class SpreadsheetReader {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_CELL_LENGTH = 20_000;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private SpreadsheetReader() {
    }

    public static List<SheetRow> read(InputStream xlsx, List<String> requiredHeaders) {
        try (Workbook wb = new XSSFWorkbook(xlsx)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new InvalidInputException("import-empty", "problem.import.empty");
            }
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new InvalidInputException("import-empty", "problem.import.empty");
            }
            DataFormatter fmt = new DataFormatter();
            Map<Integer, String> columns = new HashMap<>();
            for (Cell c : header) {
                String name = fmt.formatCellValue(c).trim();
                if (!name.isEmpty()) {
                    columns.put(c.getColumnIndex(), name);
                }
            }
            for (String required : requiredHeaders) {
                if (!columns.containsValue(required)) {
                    throw new InvalidInputException("import-header", "problem.import.header", required);
                }
            }
            if (sheet.getLastRowNum() - header.getRowNum() > MAX_ROWS) {
                throw new InvalidInputException("import-too-many", "problem.import.too-many", MAX_ROWS);
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                columns.forEach((idx, name) -> cells.put(name, text(row.getCell(idx), fmt)));
                SheetRow sr = new SheetRow(r + 1, cells);
                if (!sr.isBlank()) {
                    rows.add(sr);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
        }
    }

    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        String value;
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            value = cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        } else {
            value = fmt.formatCellValue(cell);
        }
        value = value.strip();
        return value.length() > MAX_CELL_LENGTH ? value.substring(0, MAX_CELL_LENGTH) : value;
    }
}
