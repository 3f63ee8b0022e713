package pe.ceropapel.signature.stamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Places signature stamps on the last page, in a grid below the body text and above the legend
 * band, so that no stamp covers text or another stamp. The n-th signature of a document always gets
 * the n-th cell: the layout depends only on the page's text, which stamps (annotations) never change.
 */
public final class StampLayout {

    static final float MARGIN = 36;
    static final float LEGEND_BAND = 66;
    static final float WIDTH = 165;
    static final float HEIGHT = 54;
    private static final float GAP = 8;
    /** A second-class name (ISO 32000-1, annex E) for the recorded top of the stamp grid. */
    private static final COSName GRID_TOP = COSName.getPDFName("CPapel_StampGridTop");

    private StampLayout() {
    }

    /** The cell of the signature with this index (0 for the first signature of the document). */
    public static StampBox box(PDDocument document, int signatureIndex) {
        int pageIndex = document.getNumberOfPages() - 1;
        PDRectangle crop = document.getPage(pageIndex).getCropBox();
        int columns = columns(crop);
        float top = gridTop(document, pageIndex);
        int row = signatureIndex / columns;
        int column = signatureIndex % columns;
        float usableWidth = crop.getWidth() - 2 * MARGIN;
        float rowWidth = columns * WIDTH + (columns - 1) * GAP;
        float left = MARGIN + (usableWidth - rowWidth) / 2;
        return new StampBox(pageIndex, left + column * (WIDTH + GAP), top + row * (HEIGHT + GAP), WIDTH, HEIGHT);
    }

    /** Whether the last page has room for this many stamps between its text and the legend band. */
    static boolean fits(PDDocument document, int stamps) {
        int pageIndex = document.getNumberOfPages() - 1;
        PDRectangle crop = document.getPage(pageIndex).getCropBox();
        int rows = (stamps + columns(crop) - 1) / columns(crop);
        float bottom = gridTop(document, pageIndex) + rows * (HEIGHT + GAP);
        return bottom <= crop.getHeight() - LEGEND_BAND;
    }

    private static int columns(PDRectangle crop) {
        return Math.max(1, (int) ((crop.getWidth() - 2 * MARGIN + GAP) / (WIDTH + GAP)));
    }

    /**
     * Where the grid starts on the page: recorded in the page when the legend was stamped (so later
     * signers need not read the page's text again), else measured below the lowest text.
     */
    private static float gridTop(PDDocument document, int pageIndex) {
        PDPage page = document.getPage(pageIndex);
        float recorded = page.getCOSObject().getFloat(GRID_TOP, -1);
        if (recorded >= 0) {
            return recorded;
        }
        float limit = page.getCropBox().getHeight() - LEGEND_BAND;
        return Math.max(MARGIN, lowestTextAbove(document, pageIndex, limit) + GAP);
    }

    /** Records in the last page where the grid starts, before the page is signed for the first time. */
    static void recordGridTop(PDDocument document) {
        int pageIndex = document.getNumberOfPages() - 1;
        document.getPage(pageIndex).getCOSObject().setFloat(GRID_TOP, gridTop(document, pageIndex));
    }

    /** The lowest baseline of text on the page, from the top, ignoring the legend band at the bottom. */
    private static float lowestTextAbove(PDDocument document, int pageIndex, float limit) {
        LowestText stripper = new LowestText(limit);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        try {
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stripper.lowest;
    }

    private static final class LowestText extends PDFTextStripper {

        private final float limit;
        private float lowest;

        LowestText(float limit) {
            this.limit = limit;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            float baseline = text.getYDirAdj();
            if (baseline < limit && !text.getUnicode().isBlank()) {
                lowest = Math.max(lowest, baseline);
            }
        }
    }
}
