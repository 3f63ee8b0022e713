package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.frontend.multipart.DigestedFile;

/** Files of multipart requests as the intake takes them. */
public final class UploadedParts {

    private UploadedParts() {
    }

    /**
     * The part as an incoming file: the multipart resolver's temporary copy is moved where the intake
     * keeps it, with the digest computed while it was received (a part from elsewhere has none).
     */
    public static IncomingFile of(MultipartFile part) {
        return new IncomingFile() {
            @Override
            public String name() {
                return part.getOriginalFilename();
            }

            @Override
            public String writeTo(Path target) throws IOException {
                part.transferTo(target.toFile());
                return part instanceof DigestedFile digested ? digested.sha256() : null;
            }
        };
    }

    public static List<IncomingFile> of(List<MultipartFile> parts) {
        return parts.stream().map(UploadedParts::of).toList();
    }
}
