package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.tsl.DownloadInfoRecord;
import eu.europa.esig.dss.model.tsl.ParsingInfoRecord;
import eu.europa.esig.dss.model.tsl.TLInfo;
import eu.europa.esig.dss.model.tsl.TrustService;
import eu.europa.esig.dss.model.tsl.TrustServiceProvider;
import eu.europa.esig.dss.model.tsl.TrustServiceStatusAndInformationExtensions;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.FileCacheDataLoader;
import eu.europa.esig.dss.spi.client.http.IgnoreDataLoader;
import eu.europa.esig.dss.spi.tsl.TrustedListsCertificateSource;
import eu.europa.esig.dss.spi.x509.CertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.tsl.job.TLValidationJob;
import eu.europa.esig.dss.tsl.source.TLSource;
import eu.europa.esig.dss.tsl.sync.AcceptAllStrategy;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Trust anchors published as an ETSI TS 119 612 trusted list (Peru's TSL, published by INDECOPI),
 * loaded with DSS's trusted-list job: from a file cache (seeded with a shipped copy) at start-up and
 * from its URL on each refresh, the downloaded copy kept in the cache. Every certificate the list
 * names is trusted, as DSS's {@link AcceptAllStrategy} does; whether the list is signed by one of
 * the pinned certificates of its operator and still current is checked apart and reported in
 * {@link #status()}: an expired or badly signed list is still used for what it says, never silently.
 */
public final class TrustedList {

    private static final int TIMEOUT_MILLIS = 30_000;
    /** Peru's list is version 3 (ETSI TS 102 231); DSS accepts only 5 and 6 unless told. */
    private static final List<Integer> VERSIONS = List.of(3, 4, 5, 6);

    private final String url;
    private final TLValidationJob job = new TLValidationJob();
    private final TrustedListsCertificateSource anchors = new TrustedListsCertificateSource();
    private final FileCacheDataLoader offline = new FileCacheDataLoader(new IgnoreDataLoader());
    private final TrustedListSignature signature;
    private final Clock clock;
    private volatile TrustedListSignature.Verdict verdict = new TrustedListSignature.Verdict(
            TrustedListStatus.ListSignature.NOT_LOADED, null);
    private volatile Instant lastRefresh;

    /**
     * @param url     where the trusted list (XML) is published
     * @param signers the pinned certificates of the list's operator (its signing certificate or its CA)
     * @param cache   a directory for the downloaded list
     * @param seed    the list to start from when the cache holds none (a copy shipped with the application)
     */
    public TrustedList(String url, List<X509Certificate> signers, Path cache, byte[] seed, Clock clock) {
        this.url = url;
        this.clock = clock;
        CommonTrustedCertificateSource pinned = new CommonTrustedCertificateSource();
        signers.forEach(signer -> pinned.addCertificate(new CertificateToken(signer)));
        signature = new TrustedListSignature(pinned);
        TLSource source = new TLSource();
        source.setUrl(url);
        source.setCertificateSource(pinned);
        source.setTLVersions(VERSIONS);
        offline.setFileCacheDirectory(cache.toFile());
        offline.setCacheExpirationTime(-1);
        if (seed != null && offline.getDocumentFromCache(url) == null) {
            offline.createFile(url, seed);
        }
        CommonsDataLoader http = new CommonsDataLoader();
        http.setTimeoutConnection(TIMEOUT_MILLIS);
        http.setTimeoutResponse(TIMEOUT_MILLIS);
        http.setTimeoutSocket(TIMEOUT_MILLIS);
        FileCacheDataLoader online = new FileCacheDataLoader(http);
        online.setFileCacheDirectory(cache.toFile());
        online.setCacheExpirationTime(0);
        job.setOfflineDataLoader(offline);
        job.setOnlineDataLoader(online);
        job.setTrustedListSources(source);
        job.setTrustedListCertificateSource(anchors);
        job.setSynchronizationStrategy(new AcceptAllStrategy());
    }

    /** Loads the cached (or seeded) list without any download; returns how many certificates it trusts. */
    public int loadCached() {
        job.offlineRefresh();
        return afterLoading();
    }

    /** Downloads the list again (the cached one stays in force when that fails); returns the trusted certificates. */
    public int refresh() {
        job.onlineRefresh();
        return afterLoading();
    }

    private int afterLoading() {
        lastRefresh = clock.instant();
        DSSDocument document = offline.getDocumentFromCache(url);
        verdict = document == null
                ? new TrustedListSignature.Verdict(TrustedListStatus.ListSignature.NOT_LOADED, null)
                : signature.check(document);
        return anchors.getNumberOfCertificates();
    }

    /** What the list in force says about itself, its signature and the last refresh. */
    public TrustedListStatus status() {
        TLInfo info = job.getSummary().getOtherTLInfos().stream().findFirst().orElse(null);
        ParsingInfoRecord parsed = info == null ? null : info.getParsingCacheInfo();
        DownloadInfoRecord download = info == null ? null : info.getDownloadCacheInfo();
        boolean hasList = parsed != null && parsed.isResultExist();
        Instant nextUpdate = hasList ? instant(parsed.getNextUpdateDate()) : null;
        return new TrustedListStatus(url, hasList ? parsed.getSequenceNumber() : null,
                hasList ? instant(parsed.getIssueDate()) : null, nextUpdate, verdict.signature(), verdict.signedBy(),
                nextUpdate != null && nextUpdate.isBefore(clock.instant()), lastRefresh,
                download != null && download.isError() ? download.getExceptionMessage() : null,
                anchors.getNumberOfCertificates(),
                hasList ? parsed.getTrustServiceProviders().stream().map(TrustedList::provider).toList() : List.of());
    }

    CertificateSource anchors() {
        return anchors;
    }

    private static TrustedListStatus.Provider provider(TrustServiceProvider provider) {
        return new TrustedListStatus.Provider(name(provider.getNames()),
                provider.getServices().stream().map(TrustedList::service).toList());
    }

    private static TrustedListStatus.Service service(TrustService service) {
        TrustServiceStatusAndInformationExtensions latest = service.getStatusAndInformationExtensions().getLatest();
        return latest == null ? new TrustedListStatus.Service(null, null, null)
                : new TrustedListStatus.Service(name(latest.getNames()), latest.getType(), latest.getStatus());
    }

    /** The Spanish name when the list gives one, else the first. */
    static String name(Map<String, List<String>> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        return Stream.concat(Stream.ofNullable(names.get("es")), names.values().stream())
                .flatMap(List::stream).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
