package pe.ceropapel.signature.stamp;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a QR code as vector squares, so that it stays sharp when printed at any size. */
final class QrCode {

    private final BitMatrix modules;

    QrCode(String text) {
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
    }

    /** Draws the code as a square of {@code size} points whose lower-left corner is at (x, y). */
    void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
        int count = modules.getWidth();
        float module = size / count;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                content.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }
}
