package pe.ceropapel.frontend.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.derivation.ArchiveDerivationCommand;
import pe.ceropapel.api.derivation.AttendDerivationCommand;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DerivationStatus;
import pe.ceropapel.api.derivation.DerivationTarget;
import pe.ceropapel.api.derivation.DeriveDocumentCommand;
import pe.ceropapel.api.derivation.ReceiveDerivationCommand;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.derivation.ReturnDerivationCommand;
import pe.ceropapel.api.directory.FindOfficesQuery;
import pe.ceropapel.api.directory.FindPeopleQuery;
import pe.ceropapel.api.directory.OfficeView;
import pe.ceropapel.api.directory.PersonView;
import pe.ceropapel.api.document.AnnulDocumentCommand;
import pe.ceropapel.api.document.ArchiveDocumentCommand;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.interop.ExchangeView;
import pe.ceropapel.api.interop.FindExchangesQuery;
import pe.ceropapel.api.interop.FindPartnerEntitiesQuery;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.document.FindDocumentQuery;
import pe.ceropapel.api.document.PlannedSigner;
import pe.ceropapel.api.document.RejectDocumentCommand;
import pe.ceropapel.api.document.ResubmitDocumentCommand;
import pe.ceropapel.api.document.SetSignaturePlanCommand;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.document.SignerStatus;
import pe.ceropapel.api.timeline.FindCaseFileTimelineQuery;
import pe.ceropapel.api.timeline.FindDocumentTimelineQuery;
import pe.ceropapel.api.timeline.TimelineEntry;
import pe.ceropapel.frontend.access.ConfidentialReads;
import pe.ceropapel.frontend.access.Readers;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.serversigning.ServerSigning;
import pe.ceropapel.frontend.document.UploadedParts;
import pe.ceropapel.frontend.document.DocumentFileNames;
import pe.ceropapel.frontend.problem.NotFoundException;
import pe.ceropapel.frontend.signature.StoredPdfValidation;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.VerifiedCopy;

/**
 * A document's page: its PDF, metadata, signatures with their validation, timeline, and the actions
 * the person may take on it; each action confirms what happened on the page it returns to.
 */
@Controller
@RequestMapping("/documentos/{id}")
class DocumentPageController {

    private static final int MAX_EXCHANGES = 100;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Readers readers;
    private final ObjectStorage storage;
    private final StoredPdfValidation validation;
    private final PageActions actions;
    private final ConfidentialReads confidentialReads;
    private final DocumentIntake intake;
    private final ServerSigning signing;
    private final Confirmations confirmations;

    DocumentPageController(QueryGateway queries, CommandGateway commands, Readers readers, ObjectStorage storage,
                           StoredPdfValidation validation, PageActions actions, ConfidentialReads confidentialReads,
                           DocumentIntake intake, Confirmations confirmations, ServerSigning signing) {
        this.signing = signing;
        this.confidentialReads = confidentialReads;
        this.intake = intake;
        this.confirmations = confirmations;
        this.queries = queries;
        this.commands = commands;
        this.readers = readers;
        this.storage = storage;
        this.validation = validation;
        this.actions = actions;
    }

    @GetMapping
    String page(@PathVariable String id, Principal principal, Model model) {
        Reader reader = readers.of(principal);
        DocumentView document = confidentialReads.record(document(id, reader), principal, "metadata");
        model.addAttribute("document", document);
        model.addAttribute("me", reader);
        // an observed document waits for its author, not for a signer
        model.addAttribute("turn", document.observation() != null ? null
                : document.signers().stream().filter(s -> !s.signed()).findFirst().orElse(null));
        model.addAttribute("mine", document.derivations().stream().filter(d -> addressedTo(d, reader)).toList());
        model.addAttribute("ofMyOffice", document.officeCode().equals(reader.officeCode()));
        // the steps of the whole case file, of the documents this person may read
        Object timelineQuery = document.caseFileId() != null
                ? new FindCaseFileTimelineQuery(document.caseFileId(), reader) : new FindDocumentTimelineQuery(id, reader);
        model.addAttribute("timeline", queries.query(timelineQuery,
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join());
        model.addAttribute("offices", queries.query(new FindOfficesQuery(),
                ResponseTypes.multipleInstancesOf(OfficeView.class)).join());
        model.addAttribute("people", queries.query(new FindPeopleQuery(null),
                ResponseTypes.multipleInstancesOf(PersonView.class)).join());
        model.addAttribute("actionsOfDerivation", DerivationAction.values());
        model.addAttribute("exchanges", queries.query(new FindExchangesQuery(null, null, id, MAX_EXCHANGES),
                ResponseTypes.multipleInstancesOf(ExchangeView.class)).join());
        model.addAttribute("partners", queries.query(FindPartnerEntitiesQuery.all(),
                ResponseTypes.multipleInstancesOf(PartnerEntity.class)).join().stream().filter(PartnerEntity::active).toList());
        return "document";
    }

    /** The signatures panel, loaded after the page: validating takes a moment. */
    @GetMapping("/firmas")
    String signatures(@PathVariable String id, Principal principal, Model model) throws IOException {
        DocumentView document = document(id, readers.of(principal));
        model.addAttribute("document", document);
        model.addAttribute("validation", document.signers().stream().anyMatch(SignerStatus::signed)
                ? validation.of(document.content(), null, document.number(), false) : null);
        return "document-signatures :: panel";
    }

    @GetMapping("/pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable String id, Principal principal) {
        DocumentView document = confidentialReads.record(document(id, readers.of(principal)), principal, "content");
        InputStream pdf = storage.open(document.content().objectKey(), document.content().sha256());
        StreamingResponseBody body = out -> {
            try (pdf) {
                VerifiedCopy.copy(pdf, out);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(document.content().size())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, DocumentFileNames.inline(DocumentFileNames.of(document)))
                .body(body);
    }

    @PostMapping("/plan")
    String plan(@PathVariable String id, @RequestParam(name = "vistos", required = false) List<String> approvers,
                @RequestParam("firmante") String signer, Principal principal, RedirectAttributes flash) {
        List<PlannedSigner> plan = new ArrayList<>();
        if (approvers != null) {
            approvers.stream().filter(u -> !u.isBlank()).forEach(u -> plan.add(new PlannedSigner(u, SignatureRole.APPROVAL)));
        }
        plan.add(new PlannedSigner(signer, SignatureRole.SIGNATURE));
        actions.perform(() -> commands.sendAndWait(new SetSignaturePlanCommand(id, principal.getName(), plan)),
                "ui.done.plan", flash);
        return back(id);
    }

    @PostMapping("/firmar")
    String sign(@PathVariable String id, @RequestParam String pin, Principal principal, RedirectAttributes flash) {
        SignatureRole role = document(id, readers.of(principal)).signers().stream().filter(s -> !s.signed())
                .findFirst().map(SignerStatus::role).orElse(SignatureRole.SIGNATURE);
        actions.perform(() -> signing.sign(id, principal.getName(), pin.toCharArray()),
                "ui.done.sign." + role, flash);
        return back(id);
    }

    @PostMapping("/observar")
    String reject(@PathVariable String id, @RequestParam String motivo, Principal principal, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new RejectDocumentCommand(id, principal.getName(), motivo)),
                "ui.done.reject", flash, motivo);
        return back(id);
    }

    /** The author sends an observed document to its signers again, with a new PDF or without. */
    @PostMapping("/reenviar")
    String resubmit(@PathVariable String id, @RequestParam(required = false) MultipartFile archivo,
                    Principal principal, RedirectAttributes flash) {
        actions.perform(() -> {
            if (archivo == null || archivo.isEmpty()) {
                commands.sendAndWait(new ResubmitDocumentCommand(id, principal.getName(), null));
            } else {
                intake.resubmit(id, principal.getName(), UploadedParts.of(archivo));
            }
        }, "ui.done.resubmit", flash);
        return back(id);
    }

    @PostMapping("/derivar")
    String derive(@PathVariable String id, @RequestParam String oficina, @RequestParam DerivationAction accion,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plazo,
                  @RequestParam(required = false) String comentario,
                  @RequestParam(name = "derivacion", required = false) String parent,
                  Principal principal, RedirectAttributes flash) {
        DerivationTarget target = new DerivationTarget(UUID.randomUUID().toString(), RecipientKind.OFFICE, oficina,
                accion, plazo, false);
        actions.perform(() -> commands.sendAndWait(new DeriveDocumentCommand(id, principal.getName(),
                FormValues.blankToNull(parent), List.of(target), FormValues.blankToNull(comentario))), "ui.done.derive",
                flash, comentario);
        return back(id);
    }

    @PostMapping("/derivaciones/{derivation}/recibir")
    String receive(@PathVariable String id, @PathVariable String derivation, Principal principal,
                   RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new ReceiveDerivationCommand(id, derivation, principal.getName())),
                "ui.done.receive", flash);
        return back(id);
    }

    @PostMapping("/derivaciones/{derivation}/atender")
    String attend(@PathVariable String id, @PathVariable String derivation,
                  @RequestParam(required = false) String comentario, Principal principal, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new AttendDerivationCommand(id, derivation, principal.getName(),
                null, FormValues.blankToNull(comentario))), "ui.done.attend", flash, comentario);
        return back(id);
    }

    @PostMapping("/derivaciones/{derivation}/devolver")
    String giveBack(@PathVariable String id, @PathVariable String derivation, @RequestParam String motivo,
                    Principal principal, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new ReturnDerivationCommand(id, derivation, principal.getName(),
                motivo)), "ui.done.return", flash, motivo);
        return back(id);
    }

    @PostMapping("/derivaciones/{derivation}/archivar")
    String archiveDerivation(@PathVariable String id, @PathVariable String derivation,
                             @RequestParam(required = false) String confirmado, Principal principal, Model model,
                             RedirectAttributes flash) {
        if (!Confirmations.given(confirmado)) {
            return confirmations.ask(model, "archive-derivation", "/documentos/" + id + "/derivaciones/" + derivation
                    + "/archivar", "/documentos/" + id, Map.of());
        }
        actions.perform(() -> commands.sendAndWait(new ArchiveDerivationCommand(id, derivation, principal.getName())),
                "ui.done.archive", flash);
        return back(id);
    }

    @PostMapping("/archivar")
    String archive(@PathVariable String id, @RequestParam(required = false) String confirmado, Principal principal,
                   Model model, RedirectAttributes flash) {
        if (!Confirmations.given(confirmado)) {
            return confirmations.ask(model, "archive", "/documentos/" + id + "/archivar", "/documentos/" + id, Map.of());
        }
        actions.perform(() -> commands.sendAndWait(new ArchiveDocumentCommand(id, principal.getName())),
                "ui.done.archive", flash);
        return back(id);
    }

    @PostMapping("/anular")
    String annul(@PathVariable String id, @RequestParam String motivo, @RequestParam(required = false) String confirmado,
                 Principal principal, Model model, RedirectAttributes flash) {
        if (!Confirmations.given(confirmado) && actions.typedPlainly(motivo)) {
            return confirmations.ask(model, "annul", "/documentos/" + id + "/anular", "/documentos/" + id,
                    Map.of("motivo", motivo));
        }
        actions.perform(() -> commands.sendAndWait(new AnnulDocumentCommand(id, principal.getName(), motivo)),
                "ui.done.annul", flash, motivo);
        return back(id);
    }

    private DocumentView document(String id, Reader reader) {
        return queries.query(new FindDocumentQuery(id, reader), ResponseTypes.optionalInstanceOf(DocumentView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("document", id));
    }

    private static boolean addressedTo(DerivationStatus derivation, Reader reader) {
        return derivation.kind() == RecipientKind.OFFICE ? derivation.recipient().equals(reader.officeCode())
                : derivation.recipient().equals(reader.username());
    }

    private static String back(String id) {
        return "redirect:/documentos/" + id;
    }
}
