package pe.ceropapel.frontend.multipart;

import java.util.Map;
import pe.ceropapel.frontend.signature.ClientSigningController;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import pe.ceropapel.frontend.problem.ProblemMessages;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * Multipart requests are read by {@link StreamingMultipartResolver}; the servlet container's own
 * multipart support is off ({@code spring.servlet.multipart.enabled=false}).
 */
@Configuration
class MultipartConfiguration {

    @Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StreamingMultipartResolver multipartResolver(FrontendProperties settings) {
        DataSize maxUpload = settings.upload().maxSize();
        DataSize inMemory = settings.upload().memoryThreshold();
        DataSize maxField = settings.api().maxBodySize();
        DataSize maxSignedBatch = settings.clientSigning().maxBatchUpload();
        // the signed documents of a batch come back in one archive: up to 500 of them
        return new StreamingMultipartResolver(maxUpload.toBytes(), maxUpload.toBytes(), Math.toIntExact(inMemory.toBytes()),
                Math.toIntExact(maxField.toBytes()), Map.of(ClientSigningController.SIGNED_FILES,
                        Math.max(maxUpload.toBytes(), maxSignedBatch.toBytes())));
    }

    /** Before Spring Security, which reads a page form's CSRF token from its fields. */
    @Bean
    FilterRegistrationBean<PageMultipartFilter> pageMultipartFilter(StreamingMultipartResolver resolver,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, ProblemMessages messages) {
        FilterRegistrationBean<PageMultipartFilter> registration =
                new FilterRegistrationBean<>(new PageMultipartFilter(resolver, problems, messages));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
