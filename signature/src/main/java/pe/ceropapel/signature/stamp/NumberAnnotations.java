package pe.ceropapel.signature.stamp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Adds the document's number to the header of every page of a PDF that already carries signatures
 * (visto bueno given before numbering), as locked, printable stamp annotations in an incremental
 * revision: the signed bytes stay untouched, so every earlier signature stays valid.
 */
public final class NumberAnnotations {

    static final String NAME = "ceropapel-number";
    private static final float FONT_SIZE = 9;
    private static final float HEIGHT = 14;

    private NumberAnnotations() {
    }

    public static void add(Path source, Path target, String number) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            Set<COSDictionary> changed = new HashSet<>();
            for (PDPage page : document.getPages()) {
                if (page.getAnnotations().stream().anyMatch(a -> NAME.equals(a.getAnnotationName()))) {
                    continue;
                }
                page.getAnnotations().add(annotation(document, page.getCropBox(), number));
                page.getCOSObject().setNeedToBeUpdated(true);
                changed.add(page.getCOSObject());
            }
            if (changed.isEmpty()) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                document.saveIncremental(out, changed);
            }
        }
    }

    private static PDAnnotation annotation(PDDocument document, PDRectangle crop, String number) throws IOException {
        String text = PdfText.encodable(PdfText.BOLD, number);
        float width = PdfText.width(PdfText.BOLD, FONT_SIZE, text) + 4;
        PDRectangle box = new PDRectangle(crop.getUpperRightX() - StampLayout.MARGIN - width,
                crop.getUpperRightY() - HeaderNumber.TOP - 4, width, HEIGHT);
        PDAnnotationRubberStamp stamp = new PDAnnotationRubberStamp();
        stamp.setAnnotationName(NAME);
        stamp.setRectangle(box);
        stamp.setContents(text);
        stamp.setPrinted(true);
        stamp.setLocked(true);
        stamp.setReadOnly(true);
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        appearance.setResources(new org.apache.pdfbox.pdmodel.PDResources());
        try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
            content.beginText();
            content.setFont(PdfText.BOLD, FONT_SIZE);
            content.newLineAtOffset(2, 4);
            content.showText(text);
            content.endText();
        }
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(appearance);
        stamp.setAppearance(appearances);
        return stamp;
    }
}
